import { describe, expect, it } from 'vitest';
import { URL_NAMESPACE, uuidV5 } from './name-uuid';

describe('uuidV5', () => {
  it.each([
    ['www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
    ['https://limber.invalid/records', URL_NAMESPACE, '2defd5e7-ba10-5da7-a6bf-0f6daab9233a'],
    ['', URL_NAMESPACE, '1b4db7eb-4057-5ddf-91e0-36dec72071f5'],
    ['x'.repeat(55), URL_NAMESPACE, 'd7c769b2-da3b-59fa-bdd6-2f3e8c5ed303'],
    ['y'.repeat(200), URL_NAMESPACE, '48a8e42e-8ca4-5338-879f-ac503569accc'],
    ['rücken 😣', URL_NAMESPACE, '44d261f9-6fbe-54d2-99ef-507ad68c46e4'],
  ])('matches Python’s uuid5 for %j', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });
});
