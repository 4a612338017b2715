package org.charter.membership.member.adapter;

import java.util.List;

/** A page of results, Spring-style: {@code content}, {@code page} (from 0), {@code size}, {@code totalElements}. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** A page whose content was cut by the query, out of {@code totalElements}. */
    public static <T> PageView<T> of(List<T> content, int page, int size, long totalElements) {
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new PageView<>(List.copyOf(content), page, size, totalElements, totalPages);
    }

    public static <T> PageView<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        int totalPages = all.isEmpty() ? 0 : (all.size() + size - 1) / size;
        return new PageView<>(List.copyOf(all.subList(from, to)), page, size, all.size(), totalPages);
    }
}
