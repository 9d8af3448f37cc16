// AllyBot playground: a pretend chat client for the host's /playground JSON API.
// Plain DOM code; every piece of server or user text is inserted with textContent, never as HTML.
'use strict';

(() => {
  const POLL_MS = 500;
  const MAX_TEXT = 4000;
  const COMMAND = /^\/ally(\s|$)/i;
  const NUDGE_BUTTONS = [
    { actionId: 'nudge-thanks', label: 'Thanks' },
    { actionId: 'nudge-not-helpful', label: 'Not helpful here' },
    { actionId: 'nudge-snooze', label: 'Snooze 24h' },
  ];
  const SEVERITIES = ['info', 'suggestion', 'warning'];
  const SEVERITY_LABELS = { info: 'Tip', suggestion: 'Suggestion', warning: 'Warning' };
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const view = {
    workspace: 'playground',
    channels: [],
    users: [],
    events: [],
    lastSeq: 0,
    channel: 'general',
    user: 'alex',
    clockDelta: 0,
    offsetMinutes: null,
    unread: new Map(),
    rendered: 0,
    editing: null,
  };

  const $ = (id) => document.getElementById(id);

  /** Creates an element; `text` sets textContent, other keys become attributes. Children may be nodes or strings. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'class') node.className = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  // ---- API -------------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, problem) {
      super(describeProblem(status, problem));
      this.status = status;
      this.problem = problem;
    }
  }

  /** A readable sentence from a ValidationProblem / ProblemDetails body. */
  function describeProblem(status, problem) {
    if (problem && problem.errors && typeof problem.errors === 'object') {
      const lines = [];
      for (const messages of Object.values(problem.errors)) {
        for (const message of [].concat(messages)) lines.push(String(message));
      }
      if (lines.length > 0) return lines.join(' ');
    }
    if (problem && (problem.detail || problem.title)) return String(problem.detail || problem.title);
    return `The playground answered ${status}.`;
  }

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        cache: 'no-store',
        headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new Error('Cannot reach the AllyBot host. Is it still running?');
    }
    let data = null;
    if ((response.headers.get('content-type') || '').includes('json')) {
      try { data = await response.json(); } catch { data = null; }
    }
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  function showError(node, message) {
    node.textContent = message || '';
    node.hidden = !message;
    if (node.id === 'composer-error') $('composer').setAttribute('aria-invalid', message ? 'true' : 'false');
  }

  // ---- Time ------------------------------------------------------------------------------------------------------

  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
  });

  function setServerNow(now) {
    const parsed = Date.parse(now);
    if (!Number.isNaN(parsed)) view.clockDelta = parsed - Date.now();
    renderClock();
  }

  function describeOffset(minutes) {
    if (!minutes || minutes < 1) return '';
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = Math.round(minutes % 60);
    const parts = [];
    if (days) parts.push(`${days} d`);
    if (hours) parts.push(`${hours} h`);
    if (mins && !days) parts.push(`${mins} min`);
    return parts.length ? `(${parts.join(' ')} ahead of real time)` : '';
  }

  function renderClock() {
    const now = new Date(Date.now() + view.clockDelta);
    const clock = $('clock-now');
    clock.textContent = `${dateTimeFormat.format(now)} UTC`;
    clock.setAttribute('datetime', now.toISOString());
    const minutes = view.offsetMinutes ?? Math.round(view.clockDelta / 60000);
    $('clock-offset').textContent = describeOffset(minutes);
  }

  async function fastForward(button) {
    const minutes = Number(button.dataset.minutes);
    const buttons = document.querySelectorAll('.ff');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const answer = await api('POST', '/playground/clock', { minutes });
      view.offsetMinutes = typeof answer.offsetMinutes === 'number' ? answer.offsetMinutes : null;
      setServerNow(answer.now);
      showError($('clock-error'), '');
      announce(`Playground clock moved ${button.textContent.replace('+', 'forward ')}.`);
      refreshSettings();
    } catch (error) {
      showError($('clock-error'), error.message);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  /** Backfills content-free participation counts for the current channel (POST /playground/simulate). */
  async function simulate(button) {
    const weeks = Number(button.dataset.weeks);
    const channel = view.channel;
    button.disabled = true;
    $('simulate-status').textContent = '';
    try {
      const answer = await api('POST', '/playground/simulate', { channel, weeks });
      showError($('simulate-error'), '');
      const summary = `Simulated ${answer.weeks} weeks in #${answer.channel}: ${answer.messages} messages counted for ${answer.members} members, ${answer.snapshots} weekly snapshots. No text was written.`;
      $('simulate-status').textContent = summary;
    } catch (error) {
      showError($('simulate-error'), error.message);
    } finally {
      button.disabled = false;
    }
  }

  // ---- Events ----------------------------------------------------------------------------------------------------

  function isCommand(event) {
    return event.kind === 'message' && typeof event.text === 'string' && COMMAND.test(event.text.trim());
  }

  /** Whether the person the page is acting as sees this event at all (in any channel). */
  function seenByCurrentUser(event) {
    if (event.kind === 'message') return !isCommand(event) || event.user === view.user;
    if (event.kind === 'nudge' || event.kind === 'reply' || event.kind === 'prompt') return event.user === view.user;
    if (event.kind === 'post') return true;
    if (event.kind === 'teams') return event.user === view.user || event.user === '*';
    return false;
  }

  /** A nudge AllyBot took back later (its message was edited clean or deleted). */
  function isWithdrawn(event) {
    return event.kind === 'nudge' && view.events.some((e) => e.kind === 'withdrawn' && e.seq > event.seq
      && e.channel === event.channel && e.messageId === event.messageId);
  }

  function visibleHere(event) {
    return event.channel === view.channel && seenByCurrentUser(event) && !isWithdrawn(event);
  }

  function isPrivate(event) {
    return event.kind === 'nudge' || event.kind === 'reply' || event.kind === 'prompt';
  }

  /** AllyBot writes mentions as <@id> and channels as <#id>; show them as @Name and #channel. */
  function mentionText(text) {
    return String(text ?? '')
      .replace(/<@([A-Za-z0-9_.-]+)(?:\|[^>]*)?>/g, (_, id) => `@${userName(id)}`)
      .replace(/<#([A-Za-z0-9_.-]+)(?:\|[^>]*)?>/g, (_, id) => `#${id}`);
  }

  function addEvents(events) {
    const fresh = events.filter((e) => e && typeof e.seq === 'number' && e.seq > view.lastSeq).sort((a, b) => a.seq - b.seq);
    if (fresh.length === 0) return;
    const list = $('messages');
    const stick = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    for (const event of fresh) {
      view.events.push(event);
      view.lastSeq = event.seq;
      if (event.kind === 'edit' || event.kind === 'delete') {
        if (event.channel === view.channel) renderTimeline();
      } else if (event.kind === 'withdrawn') {
        list.querySelectorAll('[data-testid="nudge"]').forEach((node) => {
          if (node.dataset.messageId === event.messageId && event.channel === view.channel) node.remove();
        });
      } else if (visibleHere(event)) {
        appendEvent(event);
        if (isPrivate(event)) announce(spokenSummary(event));
      } else if (seenByCurrentUser(event)) {
        view.unread.set(event.channel, (view.unread.get(event.channel) || 0) + 1);
      }
    }
    renderChannels();
    if (fresh.some((e) => e.kind === 'reply' && e.user === view.user)) refreshSettingsSoon();
    if (stick || fresh.some((e) => visibleHere(e) && e.user === view.user)) list.scrollTop = list.scrollHeight;
  }

  let polling = false;
  let pollAgain = false;
  let pollTimer = 0;

  async function poll() {
    if (polling) { pollAgain = true; return; }
    polling = true;
    clearTimeout(pollTimer);
    try {
      const data = await api('GET', `/playground/events?after=${encodeURIComponent(view.lastSeq)}`);
      addEvents((data && data.events) || []);
      setConnection('');
    } catch (error) {
      setConnection(`Reconnecting… ${error.message}`);
    } finally {
      polling = false;
      if (pollAgain) { pollAgain = false; poll(); } else { pollTimer = setTimeout(poll, POLL_MS); }
    }
  }

  function setConnection(message) {
    const node = $('connection');
    node.textContent = message;
    node.classList.toggle('problem', Boolean(message));
  }

  // ---- Rendering -------------------------------------------------------------------------------------------------

  function userName(id) {
    const user = view.users.find((u) => u.id === id);
    return user ? user.name : id;
  }

  function isBotUser(id) {
    const user = view.users.find((u) => u.id === id);
    return Boolean(user && user.isBot);
  }

  function timeElement(at) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) return null;
    return el('time', { class: 'time', datetime: date.toISOString(), title: `${dateTimeFormat.format(date)} UTC`, text: timeFormat.format(date) });
  }

  /** Text with `code` spans (as AllyBot writes them for Slack) turned into <code>, still via text nodes only. */
  function richText(tag, text, attrs) {
    const node = el(tag, attrs);
    const parts = mentionText(text).split('`');
    parts.forEach((part, i) => {
      if (i % 2 === 1 && i < parts.length - 1) node.append(el('code', { text: part }));
      else node.append(i % 2 === 1 ? `\`${part}` : part);
    });
    return node;
  }

  function avatar(id, bot) {
    const name = bot === 'allybot' ? 'A' : userName(id).charAt(0).toUpperCase();
    const hue = [...String(id)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);
    const node = el('span', { class: `avatar${bot === 'allybot' ? ' avatar-ally' : ''}`, 'aria-hidden': 'true', text: name });
    if (bot !== 'allybot') node.style.backgroundColor = `hsl(${hue} 45% 42%)`;
    return node;
  }

  function eyeIcon() {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'eye');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const outline = document.createElementNS(SVG_NS, 'path');
    outline.setAttribute('d', 'M1.5 12S5.5 4.5 12 4.5 22.5 12 22.5 12 18.5 19.5 12 19.5 1.5 12 1.5 12Z');
    const pupil = document.createElementNS(SVG_NS, 'circle');
    pupil.setAttribute('cx', '12');
    pupil.setAttribute('cy', '12');
    pupil.setAttribute('r', '3.5');
    svg.append(outline, pupil);
    return svg;
  }

  function privateNote() {
    return el('p', { class: 'private-note', 'data-testid': 'private-note' }, eyeIcon(), 'Only visible to you');
  }

  function allyMeta(event) {
    return el('p', { class: 'meta' },
      el('span', { class: 'author', text: 'AllyBot' }),
      el('span', { class: 'badge', text: 'APP' }),
      timeElement(event.at));
  }

  function renderMessage(event) {
    const bot = isBotUser(event.user);
    const mine = event.user === view.user;
    const command = isCommand(event);
    const meta = el('p', { class: 'meta' },
      el('span', { class: 'author', text: userName(event.user) }),
      bot ? el('span', { class: 'badge', text: 'BOT' }) : null,
      mine ? el('span', { class: 'you', text: '(you)' }) : null,
      timeElement(event.at));
    const teams = event.platform === 'teams';
    const later = teams ? view.events.filter((e) => (e.kind === 'edit' || e.kind === 'delete') && e.platform === 'teams'
      && e.channel === event.channel && e.messageId === event.messageId) : [];
    const deleted = later.some((e) => e.kind === 'delete');
    const edits = later.filter((e) => e.kind === 'edit');
    const text = deleted ? 'This message has been deleted.' : (edits.length ? edits[edits.length - 1].text : event.text);
    if (teams) meta.append(el('span', { class: 'badge teams', 'data-testid': 'teams-badge', text: 'Teams' }));
    if (edits.length && !deleted) meta.append(el('span', { class: 'you', text: '(edited)' }));
    const body = el('div', { class: 'event-body' }, meta,
      el('p', { class: `text${command ? ' command' : ''}${deleted ? ' deleted' : ''}`, 'data-testid': 'message-text', text }));
    if (command) body.append(el('p', { class: 'command-note', text: 'Commands are only visible to you.' }));
    if (teams && mine && !deleted) {
      const edit = el('button', { type: 'button', class: 'link-button', 'data-testid': 'teams-edit', text: 'Edit' });
      edit.addEventListener('click', () => startEdit(event.messageId, text));
      const remove = el('button', { type: 'button', class: 'link-button', 'data-testid': 'teams-delete', text: 'Delete' });
      remove.addEventListener('click', () => deleteTeamsMessage(event.messageId));
      body.append(edit, remove);
    } else if (!command && !teams && event.messageId) {
      const amplify = el('button', { type: 'button', class: 'link-button', 'data-testid': 'amplify', text: 'Amplify' });
      amplify.addEventListener('click', () => {
        const composer = $('composer');
        composer.value = `/ally amplify playground://${event.channel}/${event.messageId} `;
        composer.focus();
        updateCharCount();
      });
      body.append(amplify);
    }
    return el('li', {
      class: `event message${mine ? ' mine' : ''}`,
      'data-testid': 'message',
      'data-seq': event.seq,
      'data-user': event.user,
      'data-message-id': event.messageId,
    }, avatar(event.user), body);
  }

  function severityName(severity) {
    if (typeof severity === 'number') return SEVERITIES[severity] || 'suggestion';
    const name = String(severity || '').toLowerCase();
    return SEVERITIES.includes(name) ? name : 'suggestion';
  }

  function safeLink(link) {
    if (!link) return null;
    try {
      const url = new URL(link, window.location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function renderFinding(event, item, index) {
    const severity = severityName(item.severity);
    const whyId = `why-${event.seq}-${index}`;
    const chips = el('ul', { class: 'chips', 'aria-label': 'Try instead' });
    for (const suggestion of item.suggestions || []) {
      chips.append(el('li', { class: 'chip', 'data-testid': 'suggestion', text: suggestion }));
    }

    const href = safeLink(item.link);
    const why = el('div', { class: 'why', id: whyId, 'data-testid': 'why', hidden: severity !== 'warning' },
      el('p', { text: item.why }),
      href ? el('p', {}, el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'why-link', text: 'Read more' })) : null);
    const toggle = el('button', {
      type: 'button',
      class: 'link-button why-toggle',
      'aria-expanded': severity === 'warning' ? 'true' : 'false',
      'aria-controls': whyId,
      'data-testid': 'why-toggle',
      text: 'Why?',
    });
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      why.hidden = !open;
    });

    return el('li', { class: `finding severity-${severity}`, 'data-testid': 'finding', 'data-rule-id': item.ruleId },
      el('p', { class: 'finding-head' },
        el('span', { class: 'severity', text: SEVERITY_LABELS[severity] }),
        el('mark', { class: 'matched', 'data-testid': 'matched', text: item.matched })),
      el('p', { class: 'finding-message', 'data-testid': 'finding-message', text: item.message }),
      chips.childElementCount ? el('div', { class: 'suggestions' }, el('span', { class: 'chips-label', text: 'Try instead:' }), chips) : null,
      toggle,
      why);
  }

  function renderNudge(event) {
    const items = Array.isArray(event.items) ? event.items : [];
    const original = view.events.find((e) => e.kind === 'message' && e.messageId && e.messageId === event.messageId);
    const body = el('div', { class: 'event-body' }, allyMeta(event), privateNote());
    if (original) {
      body.append(el('p', { class: 'about' }, 'About your message: ', el('q', { text: original.text })));
    }
    const findings = el('ul', { class: 'findings' });
    items.forEach((item, i) => findings.append(renderFinding(event, item, i)));
    body.append(findings);

    const ruleIds = [...new Set(items.map((i) => i.ruleId).filter(Boolean))].join(' ');
    const error = el('p', { class: 'inline-error', role: 'alert', 'data-testid': 'nudge-error', hidden: true });
    const actions = el('div', { class: 'actions', role: 'group', 'aria-label': 'Answer AllyBot' });
    for (const spec of NUDGE_BUTTONS) {
      const button = el('button', { type: 'button', class: 'action', 'data-testid': spec.actionId, 'data-action-id': spec.actionId, text: spec.label });
      button.addEventListener('click', () => pressButton(event, spec.actionId, spec.actionId === 'nudge-not-helpful' ? ruleIds : '', actions, error));
      actions.append(button);
    }
    body.append(actions, error);

    return el('li', {
      class: 'event ephemeral nudge',
      'data-testid': 'nudge',
      'data-seq': event.seq,
      'data-user': event.user,
      'data-message-id': event.messageId,
    }, avatar('allybot', 'allybot'), body);
  }

  function renderReply(event) {
    const body = el('div', { class: 'event-body' }, allyMeta(event), privateNote(), richText('p', event.text, { class: 'text', 'data-testid': 'reply-text' }));
    return el('li', { class: 'event ephemeral reply', 'data-testid': 'reply', 'data-seq': event.seq, 'data-user': event.user },
      avatar('allybot', 'allybot'), body);
  }

  /** A dialog step AllyBot sends as a direct message: text, then a member picker or a text box, then buttons. */
  function renderPrompt(event) {
    const prompt = event.prompt || {};
    const body = el('div', { class: 'event-body' }, allyMeta(event),
      el('p', { class: 'private-note', 'data-testid': 'private-note' }, eyeIcon(), 'Direct message, only visible to you'),
      richText('p', event.text, { class: 'text', 'data-testid': 'prompt-text' }));
    const error = el('p', { class: 'inline-error', role: 'alert', hidden: true });
    const actions = el('div', { class: 'actions', role: 'group', 'aria-label': 'Answer AllyBot' });
    if (prompt.inputKind === 'members') {
      const picks = el('fieldset', { class: 'picker', 'data-testid': 'member-picker' }, el('legend', { text: 'Choose one or more people' }));
      for (const id of prompt.candidates || []) {
        const box = el('input', { type: 'checkbox', value: id, id: `pick-${event.seq}-${id}` });
        picks.append(el('label', { for: box.id }, box, ` ${userName(id)}`));
      }
      const submit = el('button', { type: 'button', class: 'action primary', 'data-testid': 'picker-send', 'data-action-id': prompt.inputActionId, text: 'Send' });
      submit.addEventListener('click', () => {
        const chosen = [...picks.querySelectorAll('input:checked')].map((b) => b.value);
        if (chosen.length === 0) { showError(error, 'Choose at least one person.'); return; }
        pressButton(event, prompt.inputActionId, `${prompt.inputValue} ${chosen.join(' ')}`, actions, error);
      });
      body.append(picks);
      actions.append(submit);
    } else if (prompt.inputKind === 'text') {
      const box = el('textarea', { class: 'answer', rows: 2, placeholder: prompt.placeholder || '', 'aria-label': 'Your answer', 'data-testid': 'prompt-answer' });
      const submit = el('button', { type: 'button', class: 'action primary', 'data-testid': 'answer-send', 'data-action-id': prompt.inputActionId, text: 'Send' });
      submit.addEventListener('click', () => {
        const text = box.value.trim();
        if (!text) { showError(error, 'Write your answer first.'); return; }
        pressButton(event, prompt.inputActionId, `${prompt.inputValue} ${text}`, actions, error);
      });
      body.append(box);
      actions.append(submit);
    }
    for (const choice of prompt.choices || []) {
      const button = el('button', { type: 'button', class: `action${choice.isDefault ? ' primary' : ''}`, 'data-testid': choice.actionId, 'data-action-id': choice.actionId, text: choice.label });
      button.addEventListener('click', () => pressButton(event, choice.actionId, choice.value, actions, error));
      actions.append(button);
    }
    if (actions.childElementCount) body.append(actions);
    body.append(error);
    return el('li', { class: 'event ephemeral prompt', 'data-testid': 'prompt', 'data-seq': event.seq, 'data-user': event.user },
      avatar('allybot', 'allybot'), body);
  }

  /** A post everyone in the channel sees (the weekly credits, an amplification). */
  function renderPost(event) {
    const body = el('div', { class: 'event-body' }, allyMeta(event), richText('p', event.text, { class: 'text', 'data-testid': 'post-text' }));
    return el('li', { class: 'event post', 'data-testid': 'post', 'data-seq': event.seq }, avatar('allybot', 'allybot'), body);
  }

  /** The texts of an Adaptive Card's TextBlocks, in order. */
  function cardTexts(node, out = []) {
    if (Array.isArray(node)) node.forEach((n) => cardTexts(n, out));
    else if (node && typeof node === 'object') {
      if (node.type === 'TextBlock' && typeof node.text === 'string') out.push(node.text);
      for (const key of ['body', 'items', 'columns']) if (node[key]) cardTexts(node[key], out);
    }
    return out;
  }

  /** A call AllyBot's Teams edge made to the playground's fake Bot Connector. */
  function renderTeams(event) {
    const call = event.teams || {};
    const activity = call.activity || {};
    const card = (activity.attachments || []).find((a) => a && a.contentType === 'application/vnd.microsoft.card.adaptive');
    const lines = card ? cardTexts(card.content) : (activity.text ? [activity.text] : []);
    const where = call.conversationId && call.conversationId.startsWith('a:') ? '1:1 chat with AllyBot' : 'channel';
    const body = el('div', { class: 'event-body' }, allyMeta(event),
      el('p', { class: 'private-note', 'data-testid': 'teams-op' },
        `Teams Bot Connector received ${call.operation}${call.targeted ? ' (targeted)' : ''} · ${where} ${call.conversationId || ''}${call.activityId ? ` · activity ${call.activityId}` : ''}`));
    if (lines.length) {
      const list = el('ul', { class: 'teams-card', 'data-testid': 'teams-card' });
      lines.forEach((line) => list.append(el('li', { text: line })));
      body.append(list);
    }
    return el('li', { class: 'event ephemeral teams', 'data-testid': 'teams-activity', 'data-op': call.operation || '', 'data-seq': event.seq, 'data-user': event.user },
      avatar('allybot', 'allybot'), body);
  }

  function renderEvent(event) {
    switch (event.kind) {
      case 'teams': return renderTeams(event);
      case 'message': return renderMessage(event);
      case 'nudge': return renderNudge(event);
      case 'reply': return renderReply(event);
      case 'prompt': return renderPrompt(event);
      case 'post': return renderPost(event);
      default: return null;
    }
  }

  function appendEvent(event) {
    const node = renderEvent(event);
    if (!node) return;
    const list = $('messages');
    const empty = list.querySelector('.empty');
    if (empty) empty.remove();
    list.append(node);
    view.rendered += 1;
  }

  function renderTimeline() {
    const list = $('messages');
    list.replaceChildren();
    view.rendered = 0;
    for (const event of view.events) {
      if (visibleHere(event)) appendEvent(event);
    }
    if (view.rendered === 0) {
      list.append(el('li', { class: 'empty', 'data-testid': 'empty', text: `No messages in #${view.channel} yet. Say something!` }));
    }
    list.scrollTop = list.scrollHeight;
  }

  function renderChannels() {
    const list = $('channel-list');
    list.replaceChildren();
    for (const channel of view.channels) {
      const current = channel === view.channel;
      const unread = current ? 0 : view.unread.get(channel) || 0;
      const button = el('button', {
        type: 'button',
        class: `channel-button${current ? ' current' : ''}${unread ? ' unread' : ''}`,
        'data-channel': channel,
        'data-testid': `channel-${channel}`,
        'aria-current': current ? 'page' : null,
      }, el('span', { class: 'hash', 'aria-hidden': 'true', text: '#' }), channel,
      unread ? el('span', { class: 'unread-count', text: String(unread) }, el('span', { class: 'visually-hidden', text: ' unread' })) : null);
      button.addEventListener('click', () => selectChannel(channel));
      list.append(el('li', {}, button));
    }
  }

  function renderUsers() {
    const select = $('user-select');
    select.replaceChildren();
    for (const user of view.users) {
      select.append(el('option', { value: user.id, text: user.isBot ? `${user.name} (bot)` : user.name }));
    }
    select.value = view.user;
  }

  function renderChannelChrome() {
    $('channel-title').textContent = `#${view.channel}`;
    $('composer').setAttribute('placeholder', `Message #${view.channel} as ${userName(view.user)}`);
    $('composer-label').textContent = `Message #${view.channel} as ${userName(view.user)}`;
    $('messages').setAttribute('aria-label', `Messages in #${view.channel}`);
  }

  function selectChannel(channel) {
    if (!view.channels.includes(channel)) return;
    view.channel = channel;
    view.unread.delete(channel);
    renderChannels();
    renderChannelChrome();
    renderTimeline();
    showError($('composer-error'), '');
    clearSettingsMessages();
    refreshSettings();
  }

  function selectUser(user) {
    view.user = user;
    // Unread counts were about what the previous person could see.
    view.unread.clear();
    renderChannels();
    renderChannelChrome();
    renderTimeline();
    showError($('composer-error'), '');
    clearSettingsMessages();
    refreshSettings();
  }

  // ---- Settings panel and custom-rule form -----------------------------------------------------------------------

  const RULE_EXAMPLE = {
    id: 'unicorn-hire',
    severity: 'suggestion',
    words: 'unicorn',
    suggestions: 'versatile engineer\nexperienced generalist',
    message: '"{match}" sets a bar no one meets; "{suggestion}" says what you need.',
    why: 'Asking for a unicorn tells capable people they need not apply.',
    flag: 'we are hiring a unicorn\nlooking for a unicorn to lead data',
    pass: 'we are hiring a versatile engineer\nthe kids love the toy horse',
  };
  const RULE_LISTS = ['words', 'suggestions', 'flag', 'pass'];

  let settingsTicket = 0;
  let settingsTimer = 0;

  function settingsQuery() {
    return `channel=${encodeURIComponent(view.channel)}&user=${encodeURIComponent(view.user)}`;
  }

  /** Loads the Core settings view of the person the page is acting as, about the current channel. */
  async function refreshSettings() {
    clearTimeout(settingsTimer);
    const ticket = ++settingsTicket;
    try {
      const data = await api('GET', `/playground/settings?${settingsQuery()}`);
      if (ticket !== settingsTicket) return;
      renderSettings(data);
      showError($('settings-error'), '');
    } catch (error) {
      if (ticket === settingsTicket) showError($('settings-error'), error.message);
    }
  }

  /** A typed command may have changed someone's settings or admin rights: refresh soon, once. */
  function refreshSettingsSoon() {
    clearTimeout(settingsTimer);
    settingsTimer = setTimeout(refreshSettings, 150);
  }

  function onOff(on) {
    return on ? 'on' : 'off';
  }

  function facts(list, pairs) {
    list.replaceChildren();
    for (const [term, value, testId] of pairs) {
      list.append(el('dt', { text: term }), el('dd', { 'data-testid': testId, text: value }));
    }
  }

  function settingsButtons(group, buttons) {
    group.replaceChildren();
    for (const button of buttons || []) {
      const node = el('button', {
        type: 'button', class: 'action', 'data-testid': 'settings-button', 'data-command': button.command, title: `/ally ${button.command}`, text: button.label,
      });
      node.addEventListener('click', () => pressSetting(button.command));
      group.append(node);
    }
  }

  function renderSettings(data) {
    $('settings-who').textContent = userName(data.user);
    $('settings-channel').textContent = `#${data.channel}`;
    if (data.notice) {
      const notice = $('settings-notice');
      notice.replaceChildren(richText('span', data.notice));
      notice.hidden = false;
    }

    const member = data.member || {};
    const until = member.snoozedUntil ? new Date(member.snoozedUntil) : null;
    facts($('settings-member-facts'), [
      ['Snooze', until && !Number.isNaN(until.getTime()) ? `until ${dateTimeFormat.format(until)} UTC` : 'off', 'settings-snooze'],
      ['Nudges', onOff(!member.nudgesOff), 'settings-nudges'],
      ['Prompts', onOff(!member.promptsOff), 'settings-prompts'],
      ['Counting', onOff(!member.countingOff), 'settings-counting'],
    ]);
    settingsButtons($('settings-member-buttons'), member.buttons);

    const admin = data.admin;
    $('settings-admin').hidden = !admin;
    $('rule-form').hidden = !admin;
    $('settings-admin-how').hidden = Boolean(admin);
    $('settings-admin-how-command').textContent = `/ally facilitator add @${data.user}`;
    if (admin) {
      const listed = (items) => (items && items.length ? items.join(', ') : 'nothing');
      facts($('settings-admin-facts'), [
        ['Severity floor', admin.severityFloor, 'settings-floor'],
        ['Turned off', listed(admin.disabled), 'settings-disabled'],
        [`Turned off in #${data.channel}`, listed(admin.disabledInChannel), 'settings-disabled-here'],
        [`AllyBot in #${data.channel}`, onOff(!admin.thisChannelOff), 'settings-channel-on'],
        ['Silent in', admin.channelsOff && admin.channelsOff.length ? admin.channelsOff.map((c) => `#${c}`).join(', ') : 'no channel', 'settings-channels-off'],
        ['Custom rules', String(admin.customRuleCount), 'settings-custom-rules'],
      ]);
      settingsButtons($('settings-admin-buttons'), admin.buttons);
    } else {
      $('settings-admin-facts').replaceChildren();
      $('settings-admin-buttons').replaceChildren();
    }
  }

  /** Runs a settings button's command on the server (admin rights checked there on every press). */
  async function pressSetting(command) {
    const ticket = ++settingsTicket;
    const buttons = document.querySelectorAll('#settings-member-buttons button, #settings-admin-buttons button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const data = await api('POST', '/playground/settings', { channel: view.channel, user: view.user, command });
      if (ticket !== settingsTicket) return;
      renderSettings(data);
      showError($('settings-error'), '');
      if (data.notice) announce(`AllyBot settings: ${String(data.notice).replaceAll('`', '')}`);
    } catch (error) {
      if (ticket === settingsTicket) showError($('settings-error'), error.message);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  function clearSettingsMessages() {
    const notice = $('settings-notice');
    notice.replaceChildren();
    notice.hidden = true;
    showRuleErrors(null);
    $('rule-added').hidden = true;
  }

  function ruleLines(name) {
    return $(`rule-${name}`).value.split('\n').map((line) => line.trim()).filter(Boolean);
  }

  /** Lists every problem exactly as the server wrote it and marks the fields they are about. */
  function showRuleErrors(failure) {
    const box = $('rule-errors');
    const list = $('rule-error-list');
    list.replaceChildren();
    $('rule-form').querySelectorAll('[data-field]').forEach((field) => field.removeAttribute('aria-invalid'));
    if (!failure) { box.hidden = true; return; }
    const errors = failure.problem && failure.problem.errors && typeof failure.problem.errors === 'object' ? failure.problem.errors : null;
    if (errors) {
      for (const [key, messages] of Object.entries(errors)) {
        const field = $('rule-form').querySelector(`[data-field="${CSS.escape(key)}"]`);
        if (field) field.setAttribute('aria-invalid', 'true');
        for (const message of [].concat(messages)) list.append(el('li', { 'data-testid': 'rule-error', 'data-field': key, text: String(message) }));
      }
    } else {
      list.append(el('li', { 'data-testid': 'rule-error', text: failure.message }));
    }
    box.hidden = false;
  }

  async function addRule() {
    const body = { channel: view.channel, user: view.user, id: $('rule-id').value, severity: $('rule-severity').value, pattern: $('rule-pattern').value, message: $('rule-message').value, why: $('rule-why').value };
    for (const name of RULE_LISTS) body[name] = ruleLines(name);
    const submit = $('rule-submit');
    submit.disabled = true;
    $('rule-added').hidden = true;
    try {
      const answer = await api('POST', '/playground/rules', body);
      showRuleErrors(null);
      $('rule-form').reset();
      const added = $('rule-added');
      added.replaceChildren('Added ', el('code', { 'data-testid': 'rule-added-id', text: answer.ruleId }), ': it nudges from the next message on.');
      added.hidden = false;
      refreshSettings();
    } catch (failure) {
      showRuleErrors(failure);
    } finally {
      submit.disabled = false;
    }
  }

  function fillRuleExample() {
    for (const [name, value] of Object.entries(RULE_EXAMPLE)) $(`rule-${name}`).value = value;
    showRuleErrors(null);
    $('rule-id').focus();
  }

  // ---- Announcements ---------------------------------------------------------------------------------------------

  function spokenSummary(event) {
    if (event.kind === 'nudge') {
      const words = (event.items || []).map((i) => `"${i.matched}"`).join(', ');
      const first = (event.items || []).find((i) => (i.suggestions || []).length);
      return `AllyBot, only visible to you: about ${words}.${first ? ` Try "${first.suggestions[0]}".` : ''}`;
    }
    return `AllyBot, only visible to you: ${String(event.text || '').replaceAll('`', '')}`;
  }

  function announce(text) {
    const node = $('announcer');
    node.append(el('p', { text }));
    while (node.childElementCount > 5) node.firstElementChild.remove();
  }

  // ---- Actions ---------------------------------------------------------------------------------------------------

  async function pressButton(event, actionId, value, actions, error) {
    const buttons = actions.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await api('POST', '/playground/buttons', { channel: event.channel, user: view.user, actionId, value });
      showError(error, '');
      const pressed = actions.querySelector(`[data-action-id="${actionId}"]`);
      actions.querySelectorAll('button').forEach((b) => b.classList.toggle('pressed', b === pressed));
      poll();
    } catch (failure) {
      showError(error, failure.message);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  function updateCharCount() {
    const length = $('composer').value.length;
    const counter = $('char-count');
    counter.textContent = length > MAX_TEXT - 500 ? `${length} / ${MAX_TEXT}` : '';
    counter.classList.toggle('over', length > MAX_TEXT);
  }

  let sending = false;

  async function send() {
    if (sending) return;
    const composer = $('composer');
    const error = $('composer-error');
    const text = composer.value;
    if (!text.trim()) {
      showError(error, 'Write a message first.');
      composer.focus();
      return;
    }
    sending = true;
    $('send').disabled = true;
    try {
      if (view.editing) {
        await api('POST', '/playground/teams/messages', { channel: view.channel, user: view.user, text, editOf: view.editing });
        stopEdit();
      } else if ($('teams-mode').checked) {
        await api('POST', '/playground/teams/messages', { channel: view.channel, user: view.user, text });
      } else {
        await api('POST', '/playground/messages', { channel: view.channel, user: view.user, text });
      }
      composer.value = '';
      updateCharCount();
      showError(error, '');
      poll();
    } catch (failure) {
      showError(error, failure.message);
    } finally {
      sending = false;
      $('send').disabled = false;
      composer.focus();
    }
  }

  function startEdit(messageId, text) {
    view.editing = messageId;
    $('editing').hidden = false;
    const composer = $('composer');
    composer.value = text;
    composer.focus();
    updateCharCount();
  }

  function stopEdit() {
    view.editing = null;
    $('editing').hidden = true;
  }

  async function deleteTeamsMessage(messageId) {
    try {
      await api('POST', '/playground/teams/deletions', { channel: view.channel, user: view.user, messageId });
      showError($('composer-error'), '');
      poll();
    } catch (failure) {
      showError($('composer-error'), failure.message);
    }
  }

  function wire() {
    $('cancel-edit').addEventListener('click', () => { stopEdit(); $('composer').value = ''; updateCharCount(); });
    $('composer-form').addEventListener('submit', (e) => { e.preventDefault(); send(); });
    $('composer').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send();
      }
    });
    $('composer').addEventListener('input', () => {
      updateCharCount();
      if ($('composer').value.trim()) showError($('composer-error'), '');
    });
    $('user-select').addEventListener('change', (e) => selectUser(e.target.value));
    document.querySelectorAll('.ff').forEach((button) => button.addEventListener('click', () => fastForward(button)));
    $('simulate').addEventListener('click', () => simulate($('simulate')));
    document.querySelectorAll('.hint-example').forEach((button) => button.addEventListener('click', () => {
      const composer = $('composer');
      composer.value = button.dataset.example;
      updateCharCount();
      composer.focus();
    }));
    $('settings-refresh').addEventListener('click', () => refreshSettings());
    $('rule-form').addEventListener('submit', (e) => { e.preventDefault(); addRule(); });
    $('rule-example').addEventListener('click', fillRuleExample);
    setInterval(renderClock, 15000);
  }

  async function load() {
    try {
      const state = await api('GET', '/playground/state');
      view.workspace = state.workspace || view.workspace;
      view.channels = Array.isArray(state.channels) ? state.channels : [];
      view.users = Array.isArray(state.users) ? state.users : [];
      if (!view.channels.includes(view.channel)) view.channel = view.channels[0] || view.channel;
      if (!view.users.some((u) => u.id === view.user) && view.users.length) view.user = view.users[0].id;
      $('workspace-name').textContent = view.workspace;
      $('rules-count').textContent = typeof state.rules === 'number' ? `${state.rules} rules loaded` : '';
      setServerNow(state.now);
      renderUsers();
      renderChannels();
      renderChannelChrome();
      renderTimeline();
      await refreshSettings();
      document.body.dataset.ready = 'true';
      poll();
    } catch (error) {
      setConnection(`Cannot load the playground: ${error.message} Retrying…`);
      setTimeout(load, 2000);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    wire();
    load();
  });
})();
