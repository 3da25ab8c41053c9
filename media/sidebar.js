// The explainer page: renders the sidebar state with DOM APIs and text nodes only (document text
// is never parsed as HTML), talks to the extension through typed messages, and keeps its own state
// with getState/setState so it survives being hidden and shown again.
'use strict';
(function () {
  const vscode = acquireVsCodeApi();
  const M = globalThis.uxcxSidebarModel;
  const S = globalThis.uxcxSidebarStrings;
  const R = globalThis.uxcxSidebarRules;
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  if (!M || !S || !app) return;

  // ---- page state (persisted) -------------------------------------------------------------------
  /** What `save` keeps: unknown until read (M.readState and M.readGlossary check it). */
  const saved =
    /** @type {{ state?: unknown, glossary?: unknown, query?: unknown, primerOpen?: unknown, scrollY?: unknown }} */ (
      vscode.getState() || {}
    );
  let state = M.readState(saved.state);
  let glossary = M.readGlossary(saved.glossary);
  let query = typeof saved.query === 'string' ? saved.query : '';
  let primerOpen = saved.primerOpen !== false;
  let uiLang = state ? state.uiLang : document.documentElement.lang === 'nl' ? 'nl' : 'en';
  let scrollPending = typeof saved.scrollY === 'number' ? saved.scrollY : 0;

  function save() {
    vscode.setState({ state, glossary, query, primerOpen, scrollY: window.scrollY });
  }
  const ui = (key, args) => M.format(S.UI[uiLang][key] || key, args);
  /** A rule's name in the UI language (its id for a rule the page does not know). */
  const ruleName = (id) => (R.RULES[uiLang][id] ? R.RULES[uiLang][id].name : id);

  // ---- DOM helpers -------------------------------------------------------------------------------
  /** An element with attributes (never event handlers or styles) and text or element children. */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') throw new Error(name);
      if (value === false || value === undefined || value === null) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return el;
  }

  // ---- skeleton: header, findings, primer ---------------------------------------------------------
  let findingsEl, statusEl, glossaryList, glossaryCount, searchInput;

  function renderSkeleton() {
    document.documentElement.lang = uiLang;
    statusEl = h('p', { class: 'visually-hidden', role: 'status' });
    findingsEl = h('section', { class: 'findings', 'aria-labelledby': 'findings-title' });
    app.replaceChildren(findingsEl, statusEl, renderPrimer());
    renderFindings();
  }

  function renderPrimer() {
    const details = h(
      'details',
      { class: 'primer', open: primerOpen },
      h('summary', {}, h('h2', {}, ui('primer'))),
    );
    details.addEventListener('toggle', () => {
      primerOpen = details.open;
      save();
    });
    const src = app.dataset[uiLang === 'nl' ? 'primerNl' : 'primerEn'];
    if (src) details.append(h('img', { class: 'primer-img', src, alt: ui('primerAlt') }));
    details.append(
      h(
        'dl',
        { class: 'definitions' },
        h('dt', {}, ui('uxDefinitionTerm')),
        h('dd', {}, ui('uxDefinition')),
        h('dt', {}, ui('cxDefinitionTerm')),
        h('dd', {}, ui('cxDefinition')),
      ),
      h('p', { class: 'note' }, ui('primerNote')),
      h('h3', { id: 'glossary-title' }, ui('glossary')),
    );
    searchInput = h('input', {
      type: 'search',
      class: 'search',
      placeholder: ui('glossarySearch'),
      'aria-label': ui('glossarySearch'),
      'aria-controls': 'glossary-list',
      spellcheck: 'false',
    });
    searchInput.value = query;
    searchInput.addEventListener('input', () => {
      query = searchInput.value;
      renderGlossary();
      save();
    });
    glossaryCount = h('p', { class: 'muted small', 'aria-live': 'polite' });
    glossaryList = h('ul', {
      class: 'glossary',
      id: 'glossary-list',
      'aria-labelledby': 'glossary-title',
    });
    details.append(searchInput, glossaryCount, glossaryList);
    renderGlossary();
    return details;
  }

  function renderGlossary() {
    const matches = M.filterGlossary(glossary, query, uiLang);
    glossaryCount.textContent =
      matches.length === 0 && query.trim() !== ''
        ? ui('glossaryNone', { query: M.truncate(query, 40) })
        : ui('glossaryCount', { n: matches.length, total: glossary.length });
    glossaryList.replaceChildren(
      ...matches.map((entry) => {
        const names = M.glossaryNames(entry, uiLang);
        const url = M.safeHttpsUrl(entry.source && entry.source.url);
        const title = (entry.source && entry.source.title) || '';
        return h(
          'li',
          {},
          h(
            'div',
            { class: 'term-head' },
            h('span', { class: 'term' }, names.title),
            h('span', { class: `scope scope-${entry.scope}` }, ui(`scope.${entry.scope}`)),
          ),
          names.aliases.length ? h('p', { class: 'muted small' }, names.aliases.join(' · ')) : null,
          h('p', { class: 'definition' }, entry.definition[uiLang] || ''),
          title
            ? h(
                'p',
                { class: 'muted small' },
                ui('source'),
                url ? h('a', { href: url }, title) : title,
              )
            : null,
        );
      }),
    );
  }

  // ---- findings ----------------------------------------------------------------------------------
  function renderFindings() {
    const kind = M.viewKind(state);
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    const focused = active && active.dataset ? active.dataset.index : undefined;
    const file = M.fileLabel(state);
    if (kind === 'no-editor') {
      findingsEl.replaceChildren(emptyState(ui('noEditorTitle'), ui('noEditorBody')));
    } else if (kind === 'not-markdown') {
      findingsEl.replaceChildren(
        emptyState(ui('notMarkdownTitle'), ui('notMarkdownBody', { file })),
      );
    } else if (kind === 'empty') {
      const looksFor = h(
        'ul',
        { class: 'looks-for' },
        M.RULE_ORDER.map((id) => h('li', {}, R.RULES[uiLang][id].looksFor)),
      );
      findingsEl.replaceChildren(emptyState(ui('emptyTitle', { file }), ui('emptyBody'), looksFor));
    } else {
      findingsEl.replaceChildren(...findingList(file));
    }
    const count = state ? state.findings.length : 0;
    const status =
      kind === 'findings' ? ui(count === 1 ? 'countOne' : 'countMany', { n: count }) : '';
    if (statusEl.textContent !== status) statusEl.textContent = status;
    if (focused !== undefined) {
      const again = findingsEl.querySelector(`button[data-index="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  }

  function emptyState(title, body, extra) {
    return h(
      'div',
      { class: 'empty' },
      h('h2', { id: 'findings-title' }, title),
      h('p', {}, body),
      extra,
    );
  }

  function findingList(file) {
    const count = state.findings.length;
    const header = h(
      'div',
      { class: 'summary' },
      h('h2', { id: 'findings-title' }, ui('findingsIn', { file })),
      h('span', { class: 'badge' }, String(count)),
    );
    const help = h('p', { id: 'list-help', class: 'visually-hidden' }, ui('listHelp'));
    const groups = M.groupByRule(state.findings).map((group) =>
      h(
        'section',
        { class: 'group', 'aria-label': ruleName(group.ruleId) },
        h(
          'h3',
          { class: 'group-title' },
          h('span', {}, ruleName(group.ruleId)),
          h(
            'span',
            { class: 'badge', title: ui('groupCount', { n: group.items.length }) },
            String(group.items.length),
          ),
        ),
        h(
          'ul',
          { class: 'items' },
          group.items.map((item) => findingItem(item.index, item.finding)),
        ),
      ),
    );
    return [header, help, ...groups];
  }

  function findingItem(index, finding) {
    const open = state.selected === index;
    const label = M.shortLabel(finding);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'finding',
        'data-index': index,
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': open ? `detail-${index}` : null,
        'aria-describedby': 'list-help',
      },
      h('span', {
        class: `sev sev-${finding.severity}`,
        title: ui(`severity.${finding.severity}`),
      }),
      h('span', { class: 'visually-hidden' }, ui(`severity.${finding.severity}`) + ': '),
      h('span', { class: 'phrase' }, label.phrase),
      finding.confidence === 'low' ? h('span', { class: 'conf-low' }, ui('lowConfidence')) : null,
      h('span', { class: 'line' }, ui('line', { n: label.line })),
    );
    return h(
      'li',
      { class: open ? 'item open' : 'item' },
      button,
      open ? detail(index, finding) : null,
    );
  }

  // ---- one finding's explanation, in the finding's language --------------------------------------
  function detail(index, finding) {
    const lang = finding.lang;
    const L = (key, args) => M.format(S.UI[lang][key] || key, args);
    const args = finding.messageArgs || {};
    const explain = R.RULES[lang][finding.ruleId];
    const { segments, outside } = M.statementSegments(finding);
    const mark = (role, text) =>
      role ? h('mark', { class: `role role-${role}`, title: L(`role.${role}`) }, text) : text;
    const present = new Set([...segments.map((s) => s.role), ...outside.map((s) => s.role)]);
    const legend = M.ROLE_LEGEND_ORDER.filter((r) => present.has(r));
    const outsideLine = (s) =>
      h(
        'p',
        { class: 'outside small' },
        L(s.before ? 'fromPrevious' : 'fromElsewhere') + ': ',
        mark(s.role, s.text),
      );

    const parts = [
      h('p', { class: 'message' }, finding.message),
      h(
        'p',
        { class: `confidence confidence-${finding.confidence} small` },
        L(`confidence.${finding.confidence === 'low' ? 'low' : 'high'}`),
      ),
      h('h4', {}, L('statement')),
      outside.filter((s) => s.before).map(outsideLine),
      h(
        'blockquote',
        { class: 'statement' },
        segments.map((s) => mark(s.role, s.text)),
      ),
      outside.filter((s) => !s.before).map(outsideLine),
      legend.length
        ? h(
            'p',
            { class: 'legend small' },
            legend.map((r) => h('span', { class: `key role-${r}` }, L(`role.${r}`))),
          )
        : null,
    ];
    if (explain) {
      parts.push(
        h('h4', {}, L('why')),
        h('p', {}, M.format(explain.lead, args)),
        h(
          'ul',
          { class: 'points' },
          explain.points.map(([title, text]) =>
            h('li', {}, h('strong', {}, title), ' ', M.format(text, args)),
          ),
        ),
        explain.quote
          ? h(
              'figure',
              { class: 'quote' },
              h('blockquote', { lang: explain.quote.lang }, explain.quote.text),
              h('figcaption', {}, '— ' + explain.quote.by),
            )
          : null,
        h('h4', {}, L('whatToDo')),
        h(
          'ul',
          { class: 'todo' },
          explain.todo.map((t) => h('li', {}, M.format(t, args))),
        ),
      );
    }
    const fix = M.rewrite(finding);
    if (fix) {
      const heading = fix.mode === 'statement' ? 'rewrite' : fix.mode;
      parts.push(
        h('h4', {}, L(heading)),
        h('div', { class: 'rewrite' }, fix.text),
        h('p', { class: 'muted small' }, L('quickFix', { title: fix.title })),
      );
    }
    const others = M.otherFixTitles(finding);
    if (!fix && others.length) {
      parts.push(
        h('p', { class: 'muted small' }, L('otherFixes')),
        h(
          'ul',
          { class: 'fixes small' },
          others.map((t) => h('li', {}, t)),
        ),
      );
    }
    const show = h('button', { type: 'button', class: 'secondary' }, L('showInEditor'));
    show.addEventListener('click', () => vscode.postMessage({ type: 'reveal', index }));
    parts.push(h('div', { class: 'actions' }, show));
    return h(
      'div',
      {
        class: 'detail',
        id: `detail-${index}`,
        lang,
        role: 'region',
        'aria-label': label(finding, L),
      },
      parts,
    );
  }

  function label(finding, L) {
    return `${L('line', { n: finding.range.start.line })}: ${M.shortLabel(finding).phrase}`;
  }

  // ---- interaction -------------------------------------------------------------------------------
  /** Opens finding `index`; with `reveal`, also asks the extension to show it in the editor. */
  function choose(index, reveal) {
    if (!state || index < 0 || index >= state.findings.length) return;
    state = { ...state, selected: index };
    vscode.postMessage({ type: reveal ? 'reveal' : 'select', index });
    renderFindings();
    const button = findingsEl.querySelector(`button[data-index="${index}"]`);
    if (button) button.focus();
    save();
  }

  const indexOf = (el) =>
    el && el.classList && el.classList.contains('finding') ? Number(el.dataset.index) : null;

  app.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement | null} */ (event.target);
    const button = /** @type {HTMLElement | null} */ (
      target && target.closest ? target.closest('button.finding') : null
    );
    if (button) choose(Number(button.dataset.index), true);
  });

  app.addEventListener('keydown', (event) => {
    const index = indexOf(event.target);
    if (index === null) return;
    if (event.key === ' ') {
      event.preventDefault(); // Space explains without leaving the sidebar
      choose(index, false);
      return;
    }
    const buttons = [...findingsEl.querySelectorAll('button.finding')];
    const at = M.nextIndex(buttons.indexOf(event.target), event.key, buttons.length);
    if (at === null) return;
    event.preventDefault();
    buttons[at].focus();
  });
  app.addEventListener('keyup', (event) => {
    if (event.key === ' ' && indexOf(event.target) !== null) event.preventDefault();
  });

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      save();
    });
  });

  // ---- messages from the extension ---------------------------------------------------------------
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    if (message.type === 'state') {
      const next = M.readState(message.state);
      if (!next) return;
      const langChanged = next.uiLang !== uiLang;
      state = next;
      uiLang = next.uiLang;
      if (langChanged) renderSkeleton();
      else renderFindings();
      restoreScroll();
      save();
    } else if (message.type === 'select') {
      if (!state || !Number.isSafeInteger(message.index)) return;
      if (message.index < 0 || message.index >= state.findings.length) return;
      state = { ...state, selected: message.index };
      renderFindings();
      const item = findingsEl.querySelector(`button[data-index="${message.index}"]`);
      if (item) item.parentElement.scrollIntoView({ block: 'nearest' });
      save();
    } else if (message.type === 'glossary') {
      glossary = M.readGlossary(message.entries);
      renderGlossary();
      save();
    }
  });

  function restoreScroll() {
    if (scrollPending) window.scrollTo(0, scrollPending);
    scrollPending = 0;
  }

  renderSkeleton();
  restoreScroll();
  vscode.postMessage({ type: 'ready' });
})();
