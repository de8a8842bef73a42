(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('ct-data').textContent);
  var panel = document.getElementById('details');
  var textEl = document.getElementById('text');
  var SEL = ['sel-claimant', 'sel-cue', 'sel-content', 'sel-entity', 'selected'];

  function clearSelection() {
    SEL.forEach(function (c) {
      document.querySelectorAll('.' + c).forEach(function (e) { e.classList.remove(c); });
    });
  }
  function node(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function link(text, onClick) {
    var b = node('button', text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }
  function row(dl, label, value) {
    if (value === undefined || value === null || value === '') { return; }
    dl.appendChild(node('dt', label));
    var dd = node('dd');
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    dl.appendChild(dd);
  }
  function entityName(id) { var e = data.entities[id]; return e ? e.name : id; }
  function spanWithEntity(span) {
    if (!span) { return null; }
    var f = document.createDocumentFragment();
    f.appendChild(document.createTextNode(span.text + ' '));
    if (span.entity && data.entities[span.entity]) {
      f.appendChild(link('→ ' + entityName(span.entity), function () { select('entity', span.entity); }));
    }
    return f;
  }
  function claimList(ids) {
    if (!ids || !ids.length) { return null; }
    var f = document.createDocumentFragment();
    ids.forEach(function (id, i) {
      var c = data.claims[id];
      if (i) { f.appendChild(document.createTextNode(', ')); }
      f.appendChild(link(id + ' ' + (c.cue ? c.cue.text : c.type), function () { select('claim', id); }));
    });
    return f;
  }
  function show(kind, id, title) {
    panel.replaceChildren();
    panel.dataset.kind = kind;
    panel.dataset.id = id;
    panel.appendChild(node('h3', title));
    var dl = node('dl');
    panel.appendChild(dl);
    return dl;
  }
  function showClaim(id) {
    var c = data.claims[id];
    if (!c) { return false; }
    var dl = show('claim', id, 'Claim ' + id + ' · ' + c.type);
    row(dl, 'claimant', c.claimant ? spanWithEntity(c.claimant) : '(the article itself)');
    row(dl, 'kind', c.claimantKind);
    row(dl, 'cue', c.cue ? c.cue.text + ' (' + c.cue.lemma + ')' : null);
    row(dl, 'addressee', spanWithEntity(c.addressee));
    row(dl, 'content', c.content ? c.content.text : null);
    if (c.structure) {
      row(dl, 'subject', spanWithEntity(c.structure.subject));
      row(dl, 'predicate', c.structure.predicate);
      row(dl, 'object', spanWithEntity(c.structure.object));
    }
    row(dl, 'modality', c.modality ? c.modality.value + (c.modality.cue ? ' (' + c.modality.cue.text + ')' : '') : null);
    row(dl, 'polarity', c.polarity ? c.polarity.value + (c.polarity.cue ? ' (' + c.polarity.cue.text + ')' : '') : null);
    row(dl, 'hedged', c.hedged ? (c.hedged.value ? 'yes' : 'no') + (c.hedged.cue ? ' (' + c.hedged.cue.text + ')' : '') : null);
    row(dl, 'form', c.form);
    row(dl, 'time', c.time && c.time.value ? c.time.value + ' (' + c.time.source + ')' : null);
    row(dl, 'sentence', c.sentence);
    row(dl, 'confidence', c.confidence);
    ['claimant', 'cue', 'content'].forEach(function (role) {
      document.querySelectorAll('[data-' + role + '~="' + CSS.escape(id) + '"]').forEach(function (e) {
        e.classList.add('sel-' + role);
      });
    });
    var tr = document.querySelector('tr[data-claim="' + CSS.escape(id) + '"]');
    if (tr) { tr.classList.add('selected'); }
    return true;
  }
  function showEntity(id) {
    var e = data.entities[id];
    if (!e) { return false; }
    var dl = show('entity', id, e.name);
    row(dl, 'type', e.type + (e.subtype ? ' / ' + e.subtype : ''));
    row(dl, 'aliases', e.aliases.join(', '));
    row(dl, 'value', e.value);
    row(dl, 'mentions', e.mentionCount);
    row(dl, 'salience', e.salience);
    row(dl, 'confidence', e.confidence);
    row(dl, 'claims made', claimList(e.claimsBy));
    row(dl, 'claims about', claimList(e.claimsAbout));
    document.querySelectorAll('[data-entity="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.add(el.tagName === 'TR' ? 'selected' : 'sel-entity');
    });
    return true;
  }
  function select(kind, id, scroll) {
    clearSelection();
    var ok = kind === 'claim' ? showClaim(id) : showEntity(id);
    if (!ok) { return; }
    if (history.replaceState) { history.replaceState(null, '', '#' + kind + '=' + encodeURIComponent(id)); }
    if (scroll) {
      var attr = kind === 'claim' ? '[data-cue~="' + CSS.escape(id) + '"]' : '[data-entity="' + CSS.escape(id) + '"]';
      var first = textEl.querySelector(attr);
      if (first) { first.scrollIntoView({ block: 'center' }); }
    }
  }
  function firstClaim(seg) {
    var roles = ['cue', 'claimant', 'content'];
    for (var i = 0; i < roles.length; i++) {
      var v = seg.getAttribute('data-' + roles[i]);
      if (v) { return v.split(' ')[0]; }
    }
    return null;
  }
  textEl.addEventListener('click', function (ev) {
    var seg = ev.target.closest('.seg');
    if (!seg) { return; }
    var entity = seg.getAttribute('data-entity');
    var claim = firstClaim(seg);
    // a cue always opens its claim; elsewhere a mention opens its entity
    if (claim && (seg.hasAttribute('data-cue') || !entity)) { select('claim', claim); } else if (entity) { select('entity', entity); }
  });
  document.querySelectorAll('tr[data-claim]').forEach(function (tr) {
    tr.addEventListener('click', function () { select('claim', tr.getAttribute('data-claim'), true); });
  });
  document.querySelectorAll('tr[data-entity]').forEach(function (tr) {
    tr.addEventListener('click', function () { select('entity', tr.getAttribute('data-entity'), true); });
  });
  function fromHash() {
    var m = /^#(claim|entity)=(.+)$/.exec(location.hash);
    if (m) { select(m[1], decodeURIComponent(m[2])); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
}());
