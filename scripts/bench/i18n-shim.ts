// Imported first by a bench page that renders the extension's components outside the extension:
// gives them the one extension API they use, browser.i18n, with the Russian messages.
import ru from '../../public/_locales/ru/messages.json';

const messages = ru as Record<string, { message: string }>;
const getMessage = (key: string, subs: string[] = []) => messages[key]?.message.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '') ?? '';
Object.assign(globalThis, { chrome: { runtime: { id: 'bench' }, i18n: { getMessage: (key: string, subs?: string[]) => (key === '@@ui_locale' ? 'ru' : getMessage(key, subs)) } } });
