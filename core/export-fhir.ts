// The FHIR R4 bundle for a clinician (https://hl7.org/fhir/R4/bundle.html,
// observation.html): pain ratings and PHQ-2 self-checks as Observations, with
// name-based UUIDs so the same data always gives the same bundle.
import type { Phq2Answer, Phq2Result } from './care';
import type { CheckIn } from './checkins';
import { localIsoTime, sortedByTime } from './export';
import { URL_NAMESPACE, uuidV5 } from './name-uuid';

export const LOINC = 'http://loinc.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export const LOINC_PAIN = '72514-3';
export const LOINC_PHQ2_PANEL = '55757-9';
export const LOINC_PHQ2_INTEREST = '44250-9';
export const LOINC_PHQ2_DOWN = '44255-8';
export const LOINC_PHQ2_TOTAL = '55758-7';

// LOINC answer list LL358-3, shared by the PHQ items: https://loinc.org/LL358-3
const PHQ_ANSWERS = [
  { code: 'LA6568-5', display: 'Not at all' },
  { code: 'LA6569-3', display: 'Several days' },
  { code: 'LA6570-1', display: 'More than half the days' },
  { code: 'LA6571-9', display: 'Nearly every day' },
] as const;

export interface FhirCoding {
  system: string;
  code: string;
  display: string;
}
export interface FhirCodeableConcept {
  coding: FhirCoding[];
  text?: string;
}
export interface FhirObservationComponent {
  code: FhirCodeableConcept;
  valueInteger?: number;
  valueCodeableConcept?: FhirCodeableConcept;
}
export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  status: 'final';
  category: FhirCodeableConcept[];
  code: FhirCodeableConcept;
  effectiveDateTime: string;
  valueInteger?: number;
  component?: FhirObservationComponent[];
}
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirObservation }[];
}

const loinc = (code: string, display: string): FhirCodeableConcept => ({
  coding: [{ system: LOINC, code, display }],
  text: display,
});

const SURVEY: FhirCodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] },
];

/**
 * A FHIR R4 `collection` bundle: one Observation per check-in's pain (LOINC 72514-3,
 * the 0–10 numeric rating) and one PHQ-2 panel (55757-9) per self-check, with its two
 * items as LOINC answers and its total (55758-7) as an integer. Ids are name-based
 * UUIDs (v5) of the record ids, so the same data always gives the same bundle.
 * Mood, notes and tags are not included: they have no standard code, and a clinician
 * export should carry only what was asked for.
 */
export function fhirBundle(checkIns: readonly CheckIn[], phq2Results: readonly Phq2Result[], now: number): FhirBundle {
  const entry: FhirBundle['entry'] = [];
  for (const c of sortedByTime(checkIns)) {
    // A mood-only check-in has no pain observation.
    if (c.pain === undefined) continue;
    entry.push(
      surveyEntry(
        `checkin/${c.id}/pain`,
        loinc(LOINC_PAIN, 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
        c,
        { valueInteger: c.pain },
      ),
    );
  }
  for (const p of sortedByTime(phq2Results)) {
    entry.push(
      surveyEntry(
        `phq2/${p.id}`,
        loinc(LOINC_PHQ2_PANEL, 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]'),
        p,
        {
          component: [
            {
              code: loinc(LOINC_PHQ2_INTEREST, 'Little interest or pleasure in doing things'),
              valueCodeableConcept: phqAnswer(p.interest),
            },
            {
              code: loinc(LOINC_PHQ2_DOWN, 'Feeling down, depressed, or hopeless'),
              valueCodeableConcept: phqAnswer(p.down),
            },
            {
              code: loinc(LOINC_PHQ2_TOTAL, 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]'),
              valueInteger: p.interest + p.down,
            },
          ],
        },
      ),
    );
  }
  const timestamp = new Date(now).toISOString();
  return { resourceType: 'Bundle', type: 'collection', timestamp, entry };
}

/** One final survey Observation of a record at its local time, its id the name-based UUID of `name`. */
function surveyEntry(
  name: string,
  code: FhirCodeableConcept,
  record: { at: number; tzOffsetMin: number },
  value: Pick<FhirObservation, 'valueInteger' | 'component'>,
): FhirBundle['entry'][number] {
  const id = recordUuid(name);
  return {
    fullUrl: `urn:uuid:${id}`,
    resource: {
      resourceType: 'Observation',
      id,
      status: 'final',
      category: SURVEY,
      code,
      effectiveDateTime: localIsoTime(record.at, record.tzOffsetMin),
      ...value,
    },
  };
}

function phqAnswer(value: Phq2Answer): FhirCodeableConcept {
  const answer = PHQ_ANSWERS[value];
  return { coding: [{ system: LOINC, ...answer }], text: answer.display };
}

// Limber's own namespace: the v5 UUID of its URL-style name.
const LIMBER_NAMESPACE = uuidV5('https://limber.invalid/records', URL_NAMESPACE);
const recordUuid = (name: string) => uuidV5(name, LIMBER_NAMESPACE);
