/**
 * <copy-button for="code-id">: copies the text of the element with that id. The server
 * renders the (hidden) button and a live region; without JavaScript nothing is shown.
 */
const FEEDBACK_MS = 2500;

function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or insecure context: try the old way.
    }
  }
  return copyWithSelection(text);
}

class CopyButton extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || button.dataset.ready) return;
    button.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
  }

  async copy(): Promise<void> {
    const source = document.getElementById(this.getAttribute('for') ?? '');
    const status = this.querySelector('[role="status"]');
    if (!source || !status) return;
    const ok = await copyText(source.textContent ?? '');
    if (!ok) {
      // Leave the text selected so the reader can copy it by hand.
      window.getSelection()?.selectAllChildren(source);
    }
    status.textContent = ok ? 'Copied' : 'Press Ctrl+C to copy';
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (status.textContent = ''), FEEDBACK_MS);
  }
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
