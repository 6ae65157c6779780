// After `wxt build`: says where the unpacked extension is and how to load it, in Russian and English.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv2');
if (!existsSync(`${chrome}/manifest.json`)) {
  console.error('Сборка не найдена / build not found: run `npm run build`.');
  process.exit(1);
}
console.log(`
Расширение собрано / The extension is built.

Chrome, Яндекс Браузер, Edge:
  1. Откройте chrome://extensions (в Яндекс Браузере: browser://extensions).
  2. Включите «Режим разработчика» / turn on Developer mode.
  3. «Загрузить распакованное» / Load unpacked → ${chrome}

Firefox:
  about:debugging#/runtime/this-firefox → «Загрузить временное дополнение» / Load Temporary Add-on →
  ${firefox}/manifest.json

Затем откройте https://web.max.ru или https://web.vk.me, а настройки — в меню расширения.
Then open https://web.max.ru or https://web.vk.me; settings are in the extension's menu.
`);
