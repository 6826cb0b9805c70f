/**
 * Copy buttons (CopyButton.astro): `<span class="copy-button" data-copy-for="code-id">` copies
 * the text of the element with that id. The server renders the (hidden) button and a live
 * region; without JavaScript nothing is shown.
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

function enhance(host: HTMLElement): void {
  const button = host.querySelector('button');
  const status = host.querySelector('[role="status"]');
  if (!button || !status) return;
  button.hidden = false;
  let timer: number | undefined;
  button.addEventListener('click', async () => {
    const source = document.getElementById(host.dataset.copyFor ?? '');
    if (!source) return;
    const ok = await copyText(source.textContent ?? '');
    if (!ok) {
      // Leave the text selected so the reader can copy it by hand.
      window.getSelection()?.selectAllChildren(source);
    }
    status.textContent = ok ? 'Copied' : 'Press Ctrl+C to copy';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (status.textContent = ''), FEEDBACK_MS);
  });
}

// A module script runs once the page is parsed, so every copy button is there.
for (const host of document.querySelectorAll<HTMLElement>('.copy-button[data-copy-for]')) enhance(host);
