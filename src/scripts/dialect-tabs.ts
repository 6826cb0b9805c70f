/**
 * Dialect tabs (DialectTabs.astro), `<div class="dialect-tabs">`: turns the dialect sections
 * (all shown without JavaScript) into WAI-ARIA tabs with automatic activation, and remembers
 * the reader's dialect across pages.
 */
const STORAGE_KEY = 'atlas:policy-dialect';

function remembered(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(dialect: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, dialect);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

class DialectTabs {
  tabs: HTMLButtonElement[] = [];

  constructor(root: HTMLElement) {
    const list = root.querySelector<HTMLElement>('[role="tablist"]');
    if (!list) return;
    this.tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const tab of this.tabs) {
      const panel = this.panelOf(tab);
      if (!panel) continue;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.addEventListener('click', () => this.select(tab, true));
      tab.addEventListener('keydown', (e) => this.onKey(e, tab));
    }
    list.hidden = false;
    const stored = this.tabs.find((t) => t.dataset.dialect === remembered());
    this.select(stored ?? this.tabs[0]!, false);
  }

  panelOf(tab: HTMLElement): HTMLElement | null {
    return document.getElementById(tab.getAttribute('aria-controls') ?? '');
  }

  select(tab: HTMLButtonElement, save: boolean): void {
    for (const t of this.tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = this.panelOf(t);
      if (panel) panel.hidden = !on;
    }
    if (save && tab.dataset.dialect) remember(tab.dataset.dialect);
  }

  onKey(e: KeyboardEvent, tab: HTMLButtonElement): void {
    const i = this.tabs.indexOf(tab);
    const n = this.tabs.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = this.tabs[next]!;
    target.focus();
    this.select(target, true);
  }
}

// A module script runs once the page is parsed, so every tab group is there.
for (const root of document.querySelectorAll<HTMLElement>('.dialect-tabs')) new DialectTabs(root);
