// natural ships no types for its submodules; we import only these three (its root module
// prints to stdout and takes ~0.7 s to load).
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function jaroWinkler(s1: string, s2: string, dt?: number, ignoreCase?: boolean): number;
}
