import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import { MonthlyReport } from '@/components/log/MonthlyReport';
import { ActionLog, fromRow } from '@/core/action-log';
import type { ModerationAction } from '@/core/actions';

document.documentElement.lang = uiLocale();
const month = new URLSearchParams(location.search).get('month') ?? new Date().toISOString().slice(0, 7);
const from = new Date(`${month}-01T00:00`);
const to = new Date(from.getFullYear(), from.getMonth() + 1, 1);
const rows = await new ActionLog().actions.where('time').between(from.getTime(), to.getTime()).toArray();
const actions = rows.map(fromRow).filter((a): a is ModerationAction => a !== null);
document.title = t('logReport');
render(<MonthlyReport actions={actions} month={month} />, document.getElementById('app')!);
