// istio-events: results while typing and "More results" in place. The page works without this
// file: the form submits to /?q=, and "More results" is a link to the next page.
/* global document, window, history, fetch, DOMParser, AbortController, URL, URLSearchParams, Element, setTimeout, clearTimeout */
(() => {
  'use strict';
  const form = document.querySelector('form.ask');
  const input = document.getElementById('q');
  if (!form || !input || !window.fetch || !window.DOMParser) return;
  const DEBOUNCE_MS = 250;
  let timer = 0;
  let controller = null;
  let lastAsked = input.value.trim();

  /** The answer region of a fragment from `answer?…`, parsed as inert HTML (no script runs). */
  function parse(text) {
    return new DOMParser().parseFromString(text, 'text/html').getElementById('answer');
  }

  /** Screen readers hear one line (the answer's summary) instead of the whole region being read again. */
  function announce(text) {
    const status = document.getElementById('status');
    if (status) status.textContent = text || '';
  }

  function answerUrl(params) {
    return 'answer?' + params.toString();
  }

  async function fetchAnswer(params) {
    if (controller) controller.abort();
    controller = new AbortController();
    const response = await fetch(answerUrl(params), { signal: controller.signal, headers: { accept: 'text/html' } });
    const fresh = parse(await response.text());
    if (!fresh) throw new Error('no answer in the response');
    return fresh;
  }

  function formParams() {
    const params = new URLSearchParams();
    params.set('q', input.value);
    const lang = form.querySelector('input[name="lang"]');
    if (lang) params.set('lang', lang.value);
    return params;
  }

  async function update() {
    const q = input.value.trim();
    if (q === lastAsked) return;
    lastAsked = q;
    const params = formParams();
    const current = document.getElementById('answer');
    current.setAttribute('aria-busy', 'true');
    try {
      const fresh = await fetchAnswer(params);
      current.replaceWith(fresh);
      announce(fresh.dataset.summary);
      // The address follows the question, so reload, back and sharing show the same answer.
      const page = new URLSearchParams(params);
      if (!q) page.delete('q');
      history.replaceState(null, '', page.toString() ? '?' + page.toString() : './');
      document.title = q ? q + ' · ' + document.title.split(' · ').pop() : document.title.split(' · ').pop();
    } catch (error) {
      if (error.name !== 'AbortError') current.removeAttribute('aria-busy');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    lastAsked = null;
    update();
  });

  // "More results": fetch the next page and append its items to the list, keeping focus on the new items.
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-more]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const url = new URL(link.href);
    const path = url.pathname.endsWith('/talks') ? 'talks' : '';
    const params = url.searchParams;
    if (path === 'talks') params.set('q', (params.get('event') ? 'talks ' + params.get('event') : 'speaker ' + params.get('speaker')));
    link.setAttribute('aria-busy', 'true');
    try {
      const fresh = await fetchAnswer(params);
      const list = fresh.querySelector('ol[data-list]');
      const current = list && document.querySelector('ol[data-list="' + list.dataset.list + '"]');
      if (!list || !current) {
        window.location.href = link.href;
        return;
      }
      const added = Array.from(list.children);
      current.append(...added);
      const range = fresh.querySelector('.range');
      const shownRange = current.parentElement.querySelector('.range');
      if (range && shownRange) shownRange.textContent = range.textContent;
      const paging = fresh.querySelector('nav.paging');
      const currentPaging = link.closest('nav.paging');
      if (paging) currentPaging.replaceWith(paging);
      else currentPaging.remove();
      const first = added[0] && added[0].querySelector('a, h3');
      announce(range ? range.textContent : '');
      if (first) {
        if (first.tagName === 'H3') first.setAttribute('tabindex', '-1');
        first.focus();
      }
    } catch (error) {
      if (error.name !== 'AbortError') window.location.href = link.href;
    }
  });
})();
