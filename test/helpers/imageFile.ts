/** A two-example chat training file, one with an image of unknown size (issue 24, unclear message 12). */
const withImage = {
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
      ],
    },
    { role: 'assistant', content: 'A cat.' },
  ],
};
const textOnly = {
  messages: [
    { role: 'user', content: 'What is this?' },
    { role: 'assistant', content: 'A cat.' },
  ],
};
export const IMAGE_FILE = [withImage, textOnly].map((l) => JSON.stringify(l)).join('\n');

/*
 * o200k_base by OpenAI's chat rule, per example: 3 per message × 2 + "user" 1 + "What is this?" 4 + "assistant" 1
 * + "A cat." 3 + 3 after the messages = 18. The image of unknown size: 1024 × 1024 = 85 + 170 × 4 tiles = 765.
 */
export const TEXT_TOKENS = 18;
export const IMAGE_TOKENS = 765;
