/*
 * Embeds the timeline in another site's page. Include it once:
 *   <div data-mps-timeline data-lang="en" data-event="visit-2023-05"></div>
 *   <script src="https://<our site>/embed.js" async></script>
 * Each placeholder (or <mps-timeline> element) becomes a sandboxed iframe of
 * our embed page that keeps its height right. The page can drive it:
 *   element.mpsTimeline.select('visit-2023-05')   // or null to close
 *   element.mpsTimeline.setLanguage('fr')
 *   element.mpsTimeline.filter({ q: 'alvarez', domain: ['health'] })  // {} clears
 *   element.addEventListener('mps-timeline:select', (e) => e.detail.event)
 * The message format is in the README ("Embedding"). Plain ES2019, no build
 * step, no dependencies.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.src) return;
  // Our site is wherever this file came from; only its frames are listened to.
  var SITE = new URL(script.src, location.href).origin;
  var SOURCE = 'mps-minint-timeline';
  var VERSION = 1;
  var LANGS = ['fr', 'en', 'vi'];
  var OPTIONS = ['event', 'from', 'to', 'second', 'q', 'kind', 'domain', 'person', 'place', 'evidence', 'parent', 'search', 'theme', 'details', 'height', 'langs', 'title', 'share'];
  var FILTER_GROUPS = ['kind', 'domain', 'person', 'place', 'evidence'];
  // data-title is the frame's accessible title, so the option that shows the timeline's title is data-show-title.
  var ATTRIBUTES = { title: 'data-show-title' };
  // Downloads: the Download / Share menu saves files; the clipboard: its "Copy the link".
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
  var ALLOW = 'clipboard-write';
  var TITLES = { fr: 'Frise chronologique', en: 'Timeline', vi: 'Dòng thời gian' };
  // Close to the axis alone, so the page moves little when the first height arrives.
  var INITIAL_HEIGHT = 460;
  var MAX_HEIGHT = 100000;
  var embeds = [];

  /** A fixed height in px from data-height, or null for automatic. */
  function fixedHeight(value) {
    var px = /^\d{1,4}(px)?$/.test(value || '') ? parseInt(value, 10) : NaN;
    return px >= 200 && px <= 2000 ? px : null;
  }

  function message(type, key, value) {
    var data = { source: SOURCE, version: VERSION, type: type };
    data[key] = value;
    return data;
  }

  /** A list of ids from an array or a comma-separated string; anything else is no ids. */
  function idList(value) {
    var list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
    return list
      .filter(function (id) {
        return typeof id === 'string';
      })
      .map(function (id) {
        return id.trim();
      })
      .filter(function (id) {
        return id.length > 0;
      });
  }

  /** The filter command's object from what the page gave: a query and ids per group, nothing else. */
  function filterOf(options) {
    var filter = { q: options && typeof options.q === 'string' ? options.q : '' };
    FILTER_GROUPS.forEach(function (group) {
      filter[group] = idList(options && options[group]);
    });
    return filter;
  }

  /** True for a plain object with our source and version and exactly these other keys. */
  function ours(data, keys) {
    if (!data || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
    if (data.source !== SOURCE || data.version !== VERSION) return false;
    if (Object.keys(data).length !== keys.length + 3) return false;
    return keys.every(function (key) {
      return Object.prototype.hasOwnProperty.call(data, key);
    });
  }

  // Commands wait until the embed says it is ready; before that they would be lost.
  function send(embed, data) {
    if (!embed.ready) {
      embed.queue.push(data);
      return;
    }
    var target = embed.iframe.contentWindow;
    if (target) target.postMessage(data, SITE);
  }

  function mount(element) {
    if (element.mpsTimeline) return element.mpsTimeline;
    var lang = element.getAttribute('data-lang');
    if (LANGS.indexOf(lang) < 0) lang = 'en';
    var params = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = element.getAttribute(ATTRIBUTES[name] || 'data-' + name);
      if (value !== null && value !== '') params.set(name, value);
    });
    // The embed then answers only this page's origin.
    if (location.origin && location.origin !== 'null') params.set('origin', location.origin);
    var height = fixedHeight(element.getAttribute('data-height'));

    var iframe = document.createElement('iframe');
    iframe.src = SITE + '/' + lang + '/embed?' + params.toString();
    iframe.title = element.getAttribute('data-title') || TITLES[lang];
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('sandbox', SANDBOX);
    iframe.setAttribute('allow', ALLOW);
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' + (height || INITIAL_HEIGHT) + 'px';
    element.appendChild(iframe);

    var embed = { element: element, iframe: iframe, fixed: height !== null, ready: false, queue: [] };
    embeds.push(embed);
    element.mpsTimeline = {
      iframe: iframe,
      /** Selects an event by id (null closes the details). */
      select: function (id) {
        send(embed, message('select', 'event', typeof id === 'string' && id ? id : null));
      },
      /** Shows the embed in another language: fr, en or vi. */
      setLanguage: function (code) {
        if (LANGS.indexOf(code) >= 0) send(embed, message('language', 'lang', code));
      },
      /**
       * Searches and filters: { q: 'text', kind, domain, person, place,
       * evidence: ids as an array or comma-separated }. What is left out is
       * cleared; {} shows every event again.
       */
      filter: function (options) {
        send(embed, message('filter', 'filter', filterOf(options)));
      }
    };
    return element.mpsTimeline;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== SITE) return;
    var embed = null;
    for (var i = 0; i < embeds.length; i += 1) {
      if (embeds[i].iframe.contentWindow === event.source) embed = embeds[i];
    }
    if (!embed) return;
    var data = event.data;
    if (ours(data, ['height']) && data.type === 'resize') {
      var valid = typeof data.height === 'number' && isFinite(data.height) && data.height >= 0;
      if (valid && !embed.fixed) embed.iframe.style.height = Math.min(Math.ceil(data.height), MAX_HEIGHT) + 'px';
    } else if (ours(data, ['lang']) && data.type === 'ready' && LANGS.indexOf(data.lang) >= 0) {
      embed.ready = true;
      var queued = embed.queue;
      embed.queue = [];
      queued.forEach(function (command) {
        send(embed, command);
      });
    } else if (ours(data, ['event']) && data.type === 'select' && (data.event === null || typeof data.event === 'string')) {
      embed.element.dispatchEvent(new CustomEvent('mps-timeline:select', { detail: { event: data.event } }));
    }
  });

  function scan() {
    var found = document.querySelectorAll('[data-mps-timeline]');
    for (var i = 0; i < found.length; i += 1) mount(found[i]);
  }

  if (window.customElements && !window.customElements.get('mps-timeline')) {
    window.customElements.define(
      'mps-timeline',
      class extends HTMLElement {
        connectedCallback() {
          if (!this.style.display) this.style.display = 'block';
          mount(this);
        }
      }
    );
  }

  // For placeholders added after the page loaded.
  window.MpsTimeline = { mount: mount, scan: scan };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
