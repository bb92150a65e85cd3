import { describe, expect, it } from 'vitest';
import { at, full, minimal } from '../tests/export-samples';
import type { Phq2Result } from './care';
import { fhirBundle } from './export-fhir';

describe('fhirBundle', () => {
  const phq2: Phq2Result = { id: 'phq-mhx1c2a0', at: at + 60_000, tzOffsetMin: 60, interest: 2, down: 3 };
  const bundle = fhirBundle([minimal, full], [phq2], at + 120_000);
  const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const loinc = (code: string, display: string) => ({
    coding: [{ system: 'http://loinc.org', code, display }],
    text: display,
  });
  const survey = [
    {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' },
      ],
    },
  ];

  it('is an R4 collection bundle stamped with the export time', () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-11-24T13:07:00.000Z');
    expect(bundle.entry).toHaveLength(3);
  });

  it('gives each pain rating an Observation with LOINC 72514-3 and its local time', () => {
    const [first, second] = bundle.entry;
    expect(first?.resource).toEqual({
      resourceType: 'Observation',
      id: expect.any(String),
      status: 'final',
      category: survey,
      code: loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
      effectiveDateTime: '2026-11-24T07:05:00-05:00',
      valueInteger: 7,
    });
    expect(second?.resource.effectiveDateTime).toBe('2026-11-24T14:05:00+01:00');
    expect(second?.resource.valueInteger).toBe(4);
  });

  it('gives each PHQ-2 a 55757-9 panel: two LOINC answers and the total as an integer', () => {
    const panel = bundle.entry[2]?.resource;
    expect(panel).toEqual({
      resourceType: 'Observation',
      id: expect.any(String),
      status: 'final',
      category: survey,
      code: loinc('55757-9', 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]'),
      effectiveDateTime: '2026-11-24T14:06:00+01:00',
      component: [
        {
          code: loinc('44250-9', 'Little interest or pleasure in doing things'),
          valueCodeableConcept: {
            coding: [{ system: 'http://loinc.org', code: 'LA6570-1', display: 'More than half the days' }],
            text: 'More than half the days',
          },
        },
        {
          code: loinc('44255-8', 'Feeling down, depressed, or hopeless'),
          valueCodeableConcept: {
            coding: [{ system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' }],
            text: 'Nearly every day',
          },
        },
        {
          code: loinc('55758-7', 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]'),
          valueInteger: 5,
        },
      ],
    });
  });

  it.each([
    [0, 'LA6568-5', 'Not at all'],
    [1, 'LA6569-3', 'Several days'],
    [2, 'LA6570-1', 'More than half the days'],
    [3, 'LA6571-9', 'Nearly every day'],
  ] as const)('codes the answer %i as %s', (answer, code, display) => {
    const panel = fhirBundle([], [{ ...phq2, interest: answer, down: 0 }], at).entry[0]?.resource;
    expect(panel?.component?.[0]?.valueCodeableConcept?.coding[0]).toEqual({
      system: 'http://loinc.org',
      code,
      display,
    });
    expect(panel?.component?.[2]?.valueInteger).toBe(answer);
  });

  it('uses urn:uuid full URLs derived from the record ids, the same on every export', () => {
    for (const e of bundle.entry) {
      expect(e.fullUrl).toMatch(UUID_URN);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    }
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).toBe(3);
    expect(fhirBundle([full, minimal], [phq2], at + 120_000)).toEqual(bundle);
    const again = fhirBundle([minimal], [], at + 999_999);
    expect(again.entry[0]?.fullUrl).toBe(bundle.entry[1]?.fullUrl);
    const other = fhirBundle([{ ...minimal, id: 'mhx1c2a0-zzzz' }], [], at);
    expect(other.entry[0]?.fullUrl).not.toBe(bundle.entry[1]?.fullUrl);
  });

  it('is an empty collection when there is nothing to send', () => {
    expect(fhirBundle([], [], at)).toEqual({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-24T13:05:00.000Z',
      entry: [],
    });
  });
});
