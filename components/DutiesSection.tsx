import { clauseLabel, dutiesFor } from '@/core/regulation/duties';
import type { Provision, RegulationProfile } from '@/core/regulation/profile';
import { CHAT_KINDS, type ChatKind, type RoleId } from '@/core/regulation/kinds';
import { documentLabel } from '@/core/regulation/citation';
import { t, type MessageKey } from './i18n';

export const chatKindLabel = (kind: ChatKind) => t(`chatKind_${kind.replaceAll('-', '_')}` as MessageKey);

export interface DutiesSectionProps {
  profile: RegulationProfile | null;
  roles: RoleId[];
  chatKind: ChatKind | null;
  onChatKind(kind: ChatKind | null): void;
}

function ProvisionList({ items, showRole, testId }: { items: Array<Provision & { roleTitle?: string }>; showRole?: boolean; testId: string }) {
  return (
    <ul class="steward-duties" data-testid={testId}>
      {items.map((p, i) => (
        <li key={i}>
          <span class="steward-clause">{clauseLabel(p)}</span> {p.text}
          {showRole && p.roleTitle && <span class="steward-role"> — {p.roleTitle}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The user's duties for the open chat, cited to the clause of the school's regulation. */
export function DutiesSection({ profile, roles, chatKind, onChatKind }: DutiesSectionProps) {
  if (!profile || roles.length === 0) return <p class="steward-muted">{t('dutiesChooseProfile')}</p>;
  const duties = dutiesFor(profile, roles, chatKind);
  const showRole = roles.length > 1;
  const mine = duties.here.length + duties.elsewhere.length;
  return (
    <div class="steward-section">
      <p>
        <label for="steward-chat-kind">{t('dutiesChatKind')}</label>{' '}
        <select id="steward-chat-kind" value={chatKind ?? ''} onChange={(e) => onChatKind((e.currentTarget.value || null) as ChatKind | null)}>
          <option value="">{t('dutiesChatKindNone')}</option>
          {CHAT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {chatKindLabel(kind)}
            </option>
          ))}
        </select>
      </p>
      {chatKind === null && <p class="steward-muted">{t('dutiesTagHint')}</p>}
      {mine === 0 && <p class="steward-muted">{t('dutiesNoRoleDuties')}</p>}
      {chatKind !== null && mine > 0 && (
        <>
          <h3>{t('dutiesHere')}</h3>
          {duties.here.length ? <ProvisionList items={duties.here} showRole={showRole} testId="duties-here" /> : <p class="steward-muted">{t('dutiesNoneHere')}</p>}
        </>
      )}
      {duties.elsewhere.length > 0 && (
        <details open={chatKind === null}>
          <summary>{chatKind === null ? t('dutiesAll') : t('dutiesElsewhere')}</summary>
          <ProvisionList items={duties.elsewhere} showRole={showRole} testId="duties-elsewhere" />
        </details>
      )}
      {duties.prohibitions.length > 0 && (
        <>
          <h3>{t('dutiesProhibitions')}</h3>
          <ProvisionList items={duties.prohibitions} testId="prohibitions" />
        </>
      )}
      {duties.rules.length > 0 && (
        <details>
          <summary>{t('dutiesRules')}</summary>
          <ProvisionList items={duties.rules} testId="rules" />
        </details>
      )}
      {duties.rights.length > 0 && (
        <details>
          <summary>{t('dutiesRights')}</summary>
          <ProvisionList items={duties.rights} testId="rights" />
        </details>
      )}
      {profile.model && <p class="steward-warning" data-testid="model-notice">{t('modelNotice')}</p>}
      <p class="steward-muted steward-source">{t('dutiesSource', documentLabel(profile))}</p>
    </div>
  );
}
