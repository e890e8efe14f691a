import type { Bilingual } from '../../schema.js';
import type { SubjectDef } from './types.js';

const PERMIT = [
  'verblijfsvergunning',
  'verblijfsvergunningen',
  'vergunning',
  'vergunningen',
  'residence permit',
  'residence permits',
  'permit',
  'permits',
];
const FIXED = ['bepaalde tijd', 'fixed term', 'fixed-term', 'temporary', 'tijdelijk', 'tijdelijke'];
const PERMANENT = ['onbepaalde tijd', 'permanent', 'permanente', 'indefinite', 'duurzaam'];
const ASYLUM = ['asiel', 'asylum'];
const REGULAR = ['regulier', 'reguliere', 'regular', 'non-asylum'];
const DOCUMENT = [
  'document',
  'documenten',
  'documents',
  'verblijfsdocument',
  'verblijfsdocumenten',
  'residence document',
  'residence documents',
  'pasjes',
  'cards',
];

const doc = (
  nl: string,
  en: string,
  aliasesNl: string[],
  aliasesEn: string[],
  tags: string[],
  notes?: Bilingual[],
): SubjectDef => ({
  domain: 'dienstverlening',
  nl,
  en,
  aliases: { nl: aliasesNl, en: aliasesEn },
  tags,
  ...(notes ? { notes } : {}),
});

/** Residence documents issued, by kind. */
export const DOCUMENTEN = {
  'doc-vreemdelingen-id': doc(
    'Vreemdelingen identiteitsbewijzen',
    'Identity documents for foreign nationals',
    ['vreemdelingen identiteitsbewijzen', 'identiteitsbewijzen', 'vreemdelingenidentiteitsbewijs'],
    ['identity documents', 'id documents', 'identity cards'],
    [...DOCUMENT, 'identiteitsbewijs', 'identity', 'vreemdelingen', 'foreign nationals'],
  ),
  'doc-eu-kaarten': doc(
    'Verblijfsdocumenten (EU-kaarten)',
    'Residence documents (EU cards)',
    ['eu-kaarten', 'eu kaarten', 'eu-kaart', 'verblijfsdocument eu-kaarten'],
    ['eu residence cards', 'eu cards', 'eu-cards', 'residence cards'],
    [...DOCUMENT, 'eu', 'kaart', 'kaarten', 'card', 'cards'],
  ),
  'doc-vv-regulier-bepaald': doc(
    'Verblijfsvergunningen regulier bepaalde tijd',
    'Residence permits, regular, fixed term',
    ['verblijfsvergunningen regulier bepaalde tijd', 'regulier bepaalde tijd'],
    ['regular fixed-term permits', 'fixed-term regular permits'],
    [...PERMIT, ...REGULAR, ...FIXED],
  ),
  'doc-vv-regulier-onbepaald': doc(
    'Verblijfsvergunningen regulier onbepaalde tijd',
    'Residence permits, regular, permanent',
    ['verblijfsvergunningen regulier onbepaalde tijd', 'regulier onbepaalde tijd'],
    ['regular permanent permits'],
    [...PERMIT, ...REGULAR, ...PERMANENT],
  ),
  'doc-vv-asiel-bepaald': doc(
    'Verblijfsvergunningen asiel bepaalde tijd',
    'Residence permits, asylum, fixed term',
    ['verblijfsvergunningen asiel bepaalde tijd', 'asiel bepaalde tijd'],
    ['asylum fixed-term permits', 'fixed-term asylum permits'],
    [...PERMIT, ...ASYLUM, ...FIXED],
  ),
  'doc-vv-asiel-onbepaald': doc(
    'Verblijfsvergunningen asiel onbepaalde tijd',
    'Residence permits, asylum, permanent',
    ['verblijfsvergunningen asiel onbepaalde tijd', 'asiel onbepaalde tijd'],
    ['asylum permanent permits', 'permanent asylum permits'],
    [...PERMIT, ...ASYLUM, ...PERMANENT],
  ),
  'doc-w': doc(
    'W-documenten',
    'W documents (asylum seekers)',
    ['w-document', 'w-documenten', 'w document'],
    ['w documents', 'w-documents', 'w document'],
    [...DOCUMENT, 'asielzoekers', 'asylum seekers'],
  ),
  'doc-w2': doc(
    'W2-documenten',
    'W2 documents',
    ['w2-document', 'w2-documenten', 'w2 document'],
    ['w2 documents', 'w2-documents'],
    [...DOCUMENT],
  ),
  'doc-eu-onderdaan': doc(
    'Verblijfsdocumenten onderdaan EU/EER',
    'Residence documents, EU/EEA nationals',
    ['onderdaan eu/eer', 'onderdaan eu', 'eu-onderdanen'],
    ['eu nationals', 'eea nationals'],
    [...DOCUMENT, 'eu', 'eer', 'eea', 'onderdaan', 'onderdanen', 'nationals', 'citizens'],
  ),
  'doc-eu-familielid': doc(
    'Verblijfsdocumenten familielid onderdaan EU/EER',
    'Residence documents, family members of EU/EEA nationals',
    [
      'familieleden van eu-onderdanen',
      'familieleden eu-onderdanen',
      'familielid eu-onderdaan',
      'familielid onderdaan eu/eer',
      'familielid eu',
      'familieleden eu-onderdanen',
    ],
    ['family members of eu citizens', 'family members of eu nationals'],
    [...DOCUMENT, 'eu', 'eer', 'eea', 'familielid', 'familieleden', 'family members', 'family member'],
  ),
  'doc-langdurig-ingezetene': doc(
    'Verblijfsdocumenten langdurig ingezetene',
    'Residence documents, long-term residents',
    ['langdurig ingezetene', 'langdurig ingezetenen'],
    ['long-term residents', 'long-term resident'],
    [...DOCUMENT, ...PERMIT, 'langdurig', 'long-term', 'ingezetene', 'ingezetenen', 'residents'],
  ),
  'doc-ta-bepaald': doc(
    'Verblijfsdocumenten terugtrekkingsakkoord, bepaalde tijd',
    'Withdrawal Agreement residence documents, fixed term',
    ['terugtrekkingsakkoord bepaalde tijd'],
    ['withdrawal agreement fixed term'],
    [...DOCUMENT, 'terugtrekkingsakkoord', 'withdrawal agreement', 'brexit', 'britten', 'british', ...FIXED],
    [
      {
        nl: 'Voor VK-onderdanen en hun familieleden die korter dan vijf jaar in Nederland verblijven.',
        en: 'For UK nationals and their family members who have lived in the Netherlands for less than five years.',
      },
    ],
  ),
  'doc-ta-onbepaald': doc(
    'Verblijfsdocumenten terugtrekkingsakkoord, onbepaalde tijd (duurzaam verblijf)',
    'Withdrawal Agreement residence documents, permanent',
    ['terugtrekkingsakkoord onbepaalde tijd', 'duurzaam verblijf'],
    ['withdrawal agreement permanent'],
    [
      ...DOCUMENT,
      'terugtrekkingsakkoord',
      'withdrawal agreement',
      'brexit',
      'britten',
      'british',
      ...PERMANENT,
    ],
    [
      {
        nl: 'Voor VK-onderdanen en hun familieleden die vijf jaar of langer in Nederland verblijven.',
        en: 'For UK nationals and their family members who have lived in the Netherlands for five years or more.',
      },
    ],
  ),
  'doc-grensarbeider': doc(
    "Documenten 'grensarbeider' (terugtrekkingsakkoord)",
    'Frontier worker documents (Withdrawal Agreement)',
    ['grensarbeider', 'grensarbeiders'],
    ['frontier worker', 'frontier workers', 'cross-border workers'],
    [...DOCUMENT, 'terugtrekkingsakkoord', 'withdrawal agreement', 'brexit', 'british'],
    [
      {
        nl: 'Voor Britse grensarbeiders die vóór 1 januari 2021 in Nederland werkten en dat na 31 december 2020 voortzetten.',
        en: 'For British frontier workers who worked in the Netherlands before 1 January 2021 and continue after 31 December 2020.',
      },
    ],
  ),
  'doc-o': doc(
    'O-documenten',
    'O documents',
    ['o-document', 'o-documenten', 'o document'],
    ['o documents', 'o-documents'],
    [...DOCUMENT],
  ),
} satisfies Record<string, SubjectDef>;
