import { defineMessages } from '../messages';

/** Predict first: the guess, the reveal and how close it was. */
export const predictMessages = defineMessages({
  en: {
    predictFirst: 'Predict first',
    predictQuestion: 'How long will this take?',
    predictHint: 'Guess the total time of this run, then see how close you were.',
    guess: 'Your guess',
    unit: 'Unit',
    reveal: 'Reveal',
    skip: 'Skip',
    guessInvalid: 'Enter a positive number, e.g. 3 or 0.5.',
    guessLabel: 'your guess: {time}',
    resultFaster: 'You guessed {guess}; it took {actual}: {ratio}× faster than you thought.',
    resultSlower: 'You guessed {guess}; it took {actual}: {ratio}× slower than you thought.',
    resultClose: 'You guessed {guess}; it took {actual}: spot on.',
  },
  'zh-CN': {
    predictFirst: '先预测',
    predictQuestion: '这次要多长时间？',
    predictHint: '先猜猜这次运行的总耗时，再看看猜得有多准。',
    guess: '你的猜测',
    unit: '单位',
    reveal: '揭晓',
    skip: '跳过',
    guessInvalid: '请输入一个正数，例如 3 或 0.5。',
    guessLabel: '你的猜测：{time}',
    resultFaster: '你猜 {guess}；实际用了 {actual}：比你想的快 {ratio} 倍。',
    resultSlower: '你猜 {guess}；实际用了 {actual}：比你想的慢 {ratio} 倍。',
    resultClose: '你猜 {guess}；实际用了 {actual}：猜得很准。',
  },
});
