import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Puts a fixture page's body (the messenger's composer markup) into the test document. */
export function loadFixtureBody(name: string): void {
  const html = readFileSync(resolve(import.meta.dirname, `../fixtures/${name}.html`), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1];
}
