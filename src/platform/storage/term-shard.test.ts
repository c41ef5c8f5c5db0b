import { describe, expect, it } from 'vitest';
import { numbersOf, packShard, termNumbers, unpackShard } from './term-shard';

const shard = () =>
  new Map([
    ['chip', [3, 7]],
    ['chipmaker', [9]],
    ['deepseek', [7]],
    ['nvidia', [3, 9, 12]],
  ]);

describe('term shards', () => {
  it('packs a shard into a string and two typed arrays, and unpacks it whole', () => {
    const packed = packShard(shard());
    expect(packed.terms).toBe('chip\0chipmaker\0deepseek\0nvidia');
    expect([...packed.counts]).toEqual([2, 1, 1, 3]);
    expect([...packed.numbers]).toEqual([3, 7, 9, 7, 3, 9, 12]);
    expect(unpackShard(packed)).toEqual(shard());
    // A structured clone (what IndexedDB stores) reads the same.
    expect(unpackShard(structuredClone(packed))).toEqual(shard());
  });

  it('finds the numbers of a term, or of every term it begins, packed or as a Map', () => {
    for (const stored of [packShard(shard()), shard()]) {
      expect(termNumbers(stored, 'chip', false)).toEqual([3, 7]);
      expect(termNumbers(stored, 'chip', true)).toEqual([3, 7, 9]);
      expect(termNumbers(stored, 'nvidia', false)).toEqual([3, 9, 12]);
      expect(termNumbers(stored, 'intel', false)).toEqual([]);
    }
  });

  it('visits every number once per term that holds it', () => {
    expect(Array.from(numbersOf(packShard(shard())))).toEqual([3, 7, 9, 7, 3, 9, 12]);
    // A shard of an archive written before (a Map) gives the same.
    expect(Array.from(numbersOf(shard()))).toEqual([3, 7, 9, 7, 3, 9, 12]);
  });

  it('reads damage as an empty shard, never as numbers it does not hold', () => {
    const packed = packShard(shard());
    const damaged = [
      undefined,
      42,
      'chip',
      { ...packed, counts: new Uint32Array([2, 1]) }, // fewer counts than terms
      { ...packed, numbers: packed.numbers.subarray(0, 2) }, // counts beyond the numbers
      { ...packed, numbers: [3, 7, 9, 7, 3, 9, 12] }, // not the stored form
    ];
    for (const value of damaged) {
      expect(numbersOf(value).length, JSON.stringify(value)).toBeLessThanOrEqual(3);
      expect(termNumbers(value, 'nvidia', false)).toEqual([]);
    }
    expect(unpackShard(42).size).toBe(0);
    expect(unpackShard(packShard(new Map())).size).toBe(0);
  });
});
