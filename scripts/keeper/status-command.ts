import type { TeamStatus } from './district';

const STATE_RU = { open: 'на связи', asleep: 'спит', damaged: 'ПОВРЕЖДЕНА' } as const;

/** `npm run keeper -- status`: each team the running keeper serves, asked of its /status on localhost. */
export async function printStatus(port: number | null): Promise<number> {
  if (port === null) {
    console.error('Метрики выключены (KEEPER_METRICS_PORT=off): состояние спросить не у кого.');
    return 1;
  }
  let teams: TeamStatus[];
  try {
    teams = (await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as TeamStatus[];
  } catch {
    console.error(`Хранитель не отвечает на 127.0.0.1:${port}: запущен ли он (npm run keeper) с тем же KEEPER_METRICS_PORT?`);
    return 1;
  }
  const when = (t: number | null) => (t ? new Date(t).toLocaleString('ru-RU') : '—');
  console.log(['команда', 'состояние', 'участников', 'записей', 'на связи', 'последняя синхронизация'].join('\t'));
  for (const t of teams) {
    console.log([`${t.key} («${t.name}»)`, STATE_RU[t.state], t.members, t.records, t.peers, when(t.lastSync)].join('\t'));
    if (t.problem) console.log(`\t${t.problem}`);
  }
  return 0;
}
