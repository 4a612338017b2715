package org.charter.notification.preference;

/** Every person's {@link Preferences}; the defaults for anyone who set none. */
public interface PreferenceBook {

    Preferences of(String personId);

    void save(Preferences preferences);
}
