// natural is imported by submodule (the package root pulls in database
// clients and reads ./.env). The engine uses double_metaphone and
// jaro-winkler_distance; levenshtein_distance is the reference that
// test/unit/text/people.test.ts checks the engine's own editDistance against.
declare module 'natural/lib/natural/phonetics/double_metaphone' {
  class DoubleMetaphone {
    process(word: string): [string, string];
  }
  export default DoubleMetaphone;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(a: string, b: string, options?: { dj?: number; ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/distance/levenshtein_distance' {
  export function DamerauLevenshteinDistance(a: string, b: string, options?: object): number;
}
