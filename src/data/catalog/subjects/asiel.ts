import type { SubjectDef } from './types.js';

/** Asylum: first and subsequent applications, the tracks, family reunification of refugees. */
export const ASIEL = {
  'asiel-eerste': {
    domain: 'asiel',
    nl: 'Eerste asielaanvragen',
    en: 'First asylum applications',
    loose: [
      'asielaanvragen',
      'asielaanvraag',
      'asielverzoeken',
      'asielzoekers',
      'asiel',
      'asylum',
      'asylum applications',
      'asylum requests',
      'asylum claims',
      'asylum seekers',
    ],
    aliases: {
      nl: [
        'eerste asielaanvragen',
        'eerste asielaanvraag',
        'eerste aanvragen asiel',
        'asielaanvragen',
        'asielaanvraag',
        'asielverzoeken',
        'asielzoekers',
        'asiel',
      ],
      en: [
        'first asylum applications',
        'first-time asylum',
        'first time asylum',
        'asylum applications',
        'asylum seekers',
        'asylum requests',
        'asylum claims',
        'asylum',
      ],
    },
    notes: [
      {
        nl: 'Deze aantallen komen terug in de sporen 1, 2 en 4.',
        en: 'These applications are also counted in tracks 1, 2 and 4.',
      },
    ],
  },
  'asiel-tweede': {
    domain: 'asiel',
    nl: 'Tweede en volgende asielaanvragen',
    en: 'Second and subsequent asylum applications',
    aliases: {
      nl: [
        'tweede en volgende',
        'tweede of volgende',
        'tweede asielaanvragen',
        'volgende asielaanvragen',
        'herhaalde asielaanvragen',
        'opvolgende asielaanvragen',
        'tweede aanvraag',
      ],
      en: [
        'second and subsequent',
        'subsequent asylum',
        'repeat asylum',
        'repeated asylum',
        'second asylum',
        'follow-up asylum',
      ],
    },
  },
  'spoor-1': {
    domain: 'asiel',
    nl: 'Spoor 1 (Dublin)',
    en: 'Track 1 (Dublin)',
    aliases: {
      nl: [
        'spoor 1',
        'dublin',
        'dublinzaken',
        'dublinprocedure',
        'dublinclaimanten',
        'dublinverordening',
        'dublin verordening',
      ],
      en: ['track 1', 'dublin', 'dublin procedure', 'dublin cases', 'dublin regulation'],
    },
  },
  'spoor-2': {
    domain: 'asiel',
    nl: 'Spoor 2 (veilig land van herkomst of asiel in ander land)',
    en: 'Track 2 (safe country of origin or protection elsewhere)',
    aliases: {
      nl: [
        'spoor 2',
        'veilig land',
        'veilige landen',
        'veilige landen procedure',
        'veilig land van herkomst',
      ],
      en: ['track 2', 'safe country', 'safe countries', 'safe country of origin', 'safe countries procedure'],
    },
  },
  'spoor-4': {
    domain: 'asiel',
    nl: 'Spoor 4 (algemene of verlengde asielprocedure)',
    en: 'Track 4 (general or extended asylum procedure)',
    aliases: {
      nl: [
        'spoor 4',
        'algemene asielprocedure',
        'verlengde asielprocedure',
        'algemene of verlengde asielprocedure',
        'algemene en verlengde asielprocedure',
        'aa en va',
      ],
      en: [
        'track 4',
        'general asylum procedure',
        'extended asylum procedure',
        'general or extended asylum procedure',
        'regular asylum procedure',
      ],
    },
    notes: [
      {
        nl: 'Spoor 4 omvat eerste asielaanvragen, herhaalde aanvragen, zij-instroom (na beroep en spoorwisseling) en hervestiging; zij-instroom en herhaalde aanvragen zaten eerder al in de eerste asielaanvragen.',
        en: 'Track 4 covers first asylum applications, repeat applications, side entry (after appeal or a change of track) and resettlement; side entry and repeat applications were counted before among first asylum applications.',
      },
    ],
  },
  'nareis-mvv': {
    domain: 'asiel',
    nl: 'Nareis (MVV)',
    en: 'Family reunification of refugees (MVV)',
    aliases: {
      nl: [
        'nareis',
        'nareizigers',
        'nareiziger',
        'mvv nareis',
        'mvv',
        'nareisaanvragen',
        'gezinsleden van statushouders',
      ],
      en: [
        'family reunification of refugees',
        'refugee family reunification',
        'reunification of refugees',
        'mvv',
        'mvv nareis',
        'nareis',
        'family members of refugees',
        'family reunification',
        'mvv family reunification',
      ],
    },
    notes: [
      {
        nl: 'Exclusief Nareis 8 EVRM bij AMV. Ingereisde nareizigers: personen die in het kader van nareis naar Nederland kwamen en een afgeleide asielvergunning kregen.',
        en: 'Excludes family reunification under art. 8 ECHR for unaccompanied minors. Arrivals: people who came to the Netherlands through family reunification and received a derived asylum permit.',
      },
    ],
  },
  'nareis-8evrm': {
    domain: 'asiel',
    nl: 'Nareis 8 EVRM bij AMV',
    en: 'Family reunification under art. 8 ECHR (unaccompanied minors)',
    aliases: {
      nl: [
        'nareis 8 evrm',
        '8 evrm',
        '8evrm',
        'artikel 8 evrm',
        'amv',
        'nareis 8 evrm bij amv',
        'alleenstaande minderjarige vreemdelingen',
        'alleenstaande minderjarigen',
      ],
      en: ['art 8 echr', 'article 8 echr', '8 echr', 'echr', 'unaccompanied minors', '8 evrm', 'amv'],
    },
    notes: [
      {
        nl: 'Na inwilliging volgt een reguliere verblijfsvergunning; tot en met 2020 stond dit deelproduct bij Familie & Gezin.',
        en: 'Approval leads to a regular residence permit; up to 2020 this was counted under Family & Partner.',
      },
    ],
  },
  'nareis-totaal': {
    domain: 'asiel',
    nl: 'Totaal nareizigers (MVV en 8 EVRM)',
    en: 'All family reunification of refugees (MVV and art. 8 ECHR)',
    parts: ['nareis-mvv', 'nareis-8evrm'],
    aliases: {
      nl: ['totaal nareizigers', 'nareis totaal', 'totale nareis', 'alle nareizigers'],
      en: ['all family reunification', 'total family reunification', 'family reunification total'],
    },
  },
} satisfies Record<string, SubjectDef>;
