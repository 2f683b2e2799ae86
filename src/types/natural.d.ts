// natural is imported by submodule (the package root pulls in database
// clients and reads ./.env); these are the three parts Copydesk uses.
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
