/** mistral-tokenizer-js ships no type declarations: the part ftcost uses. */
declare module 'mistral-tokenizer-js' {
  const mistralTokenizer: {
    /** Token ids of `text`; by default with <s> and SentencePiece's leading space. */
    encode(text: string, addBosToken?: boolean, addPrecedingSpace?: boolean): number[];
    decode(ids: number[], addBosToken?: boolean, addPrecedingSpace?: boolean): string;
  };
  export default mistralTokenizer;
}
