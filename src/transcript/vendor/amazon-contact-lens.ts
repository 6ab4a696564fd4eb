// Amazon Connect Contact Lens post-call analysis file (Analysis/Voice/…/<contactId>_analysis_<ts>.json).
// Like Call Analytics, but each turn names a ParticipantId, which Participants[] maps to a
// ParticipantRole (often the ids are literally "AGENT"/"CUSTOMER"). Offsets are integer ms;
// NonTalkTime.Instances marks the silences. Roles other than AGENT/CUSTOMER (SYSTEM,
// CUSTOM_BOT, SUPERVISOR) are kept as the speaker label with no role.
import { describeValue } from '../../config/zod-messages.js';
import type { JsonWithLines } from '../json-source.js';
import { commonMetadata, Ctx, isObj, looksLikeAmazonAnalytics, looksLikeContactLens, readNonTalkTime, readTurns, roleOf } from './amazon-call-analytics.js';
import type { Adapter, VendorCall } from './types.js';

function read(value: unknown, src: JsonWithLines | null): VendorCall {
  const ctx = new Ctx(src);
  if (!isObj(value)) return ctx.fail([], `expected a Contact Lens analysis object, got ${describeValue(value)}`);
  if (typeof value.Channel === 'string' && value.Channel.toUpperCase() !== 'VOICE') {
    ctx.fail(['Channel'], `expected a voice contact ("VOICE"), got ${describeValue(value.Channel)}`);
  }

  // ParticipantId → ParticipantRole.
  const roles = new Map<string, string>();
  const participants = value.Participants;
  if (participants !== undefined) {
    if (!Array.isArray(participants)) return ctx.fail(['Participants'], `expected an array of participants, got ${describeValue(participants)}`);
    participants.forEach((p, i) => {
      const path = ['Participants', i];
      if (!isObj(p)) return ctx.fail(path, `expected a participant object with ParticipantId and ParticipantRole, got ${describeValue(p)}`);
      if (typeof p.ParticipantId !== 'string' || p.ParticipantId === '') return ctx.fail([...path, 'ParticipantId'], `expected the participant's id as a string, got ${describeValue(p.ParticipantId)}`);
      if (typeof p.ParticipantRole !== 'string' || p.ParticipantRole === '') return ctx.fail([...path, 'ParticipantRole'], `expected a role such as "AGENT" or "CUSTOMER", got ${describeValue(p.ParticipantRole)}`);
      roles.set(p.ParticipantId, p.ParticipantRole);
    });
  }
  const known = [...roles.keys()].map((k) => JSON.stringify(k)).join(', ');

  const segments = readTurns(ctx, value, (turn, p) => {
    const id = turn.ParticipantId;
    if (typeof id !== 'string' || id === '') return ctx.fail([...p, 'ParticipantId'], `expected a participant id such as "AGENT", got ${describeValue(id)}`);
    const role = roles.get(id);
    if (role !== undefined) return { speaker: id, role: roleOf(role) };
    // Without a Participants list the ids are taken as the roles they spell.
    if (participants === undefined) return { speaker: id, role: roleOf(id) };
    return ctx.fail([...p, 'ParticipantId'], `expected a ParticipantId listed in Participants (${known || 'none listed'}), got ${describeValue(id)}`);
  });

  const holds = readNonTalkTime(ctx, value);
  const metadata = commonMetadata(value);
  if (typeof value.Version === 'string') metadata.version = value.Version;
  const cm = value.CustomerMetadata;
  const contactId = isObj(cm) && typeof cm.ContactId === 'string' && cm.ContactId !== '' ? cm.ContactId : null;
  if (isObj(cm) && typeof cm.InstanceId === 'string') metadata.instanceId = cm.InstanceId;
  return {
    format: 'amazon-contact-lens',
    ...(contactId ? { id: contactId } : {}),
    segments,
    ...(holds ? { holds } : {}),
    ...(Object.keys(metadata).length ? { metadata } : {}),
  };
}

const adapter: Adapter = {
  name: 'amazon-contact-lens',
  description: 'Amazon Connect Contact Lens post-call analysis JSON (Transcript[] with ParticipantId joined to Participants[] for the role)',
  extensions: ['.json'],
  detect: (value) => looksLikeAmazonAnalytics(value) && looksLikeContactLens(value),
  read: (value, _text, _file, src) => [read(value, src)],
};

export default adapter;
