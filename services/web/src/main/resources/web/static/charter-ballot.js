// Dragging a candidate on the ballot, for a mouse: the up and down buttons do the same without it
// (and without script). The hidden "order" inputs move with their rows, so the form sends the new order.
document.querySelectorAll('[data-ballot] .ranking').forEach(function (list) {
  var dragged = null;
  list.addEventListener('dragstart', function (e) { dragged = e.target.closest('li'); e.dataTransfer.effectAllowed = 'move'; });
  list.addEventListener('dragover', function (e) { e.preventDefault(); });
  list.addEventListener('drop', function (e) {
    e.preventDefault();
    var target = e.target.closest('li');
    if (!dragged || !target || target === dragged) { return; }
    var after = target.compareDocumentPosition(dragged) & Node.DOCUMENT_POSITION_PRECEDING;
    list.insertBefore(dragged, after ? target.nextSibling : target);
    list.querySelectorAll('li .place').forEach(function (place, i) { place.textContent = (i + 1) + '.'; });
    // the buttons' descriptions ("Place 2 of 3") follow the rows, so a screen reader hears the new place
    var rows = list.querySelectorAll('li');
    rows.forEach(function (row, i) {
      var description = row.querySelector('[id^="place-"]');
      if (description && description.dataset.template) {
        description.textContent = description.dataset.template.replace('{0}', i + 1).replace('{1}', rows.length);
      }
    });
    dragged = null;
  });
});
