/** The slow endpoint, mocked by MSW in the browser: its URL, its answers, and starting it in the page or a worker. */
export { SLOW_PATH, type SlowQuery } from './contract';
export { slowUrl, parseSlowQuery, isQueryError, MAX_SLOW_MS } from './slowUrl';
export { appBaseHref } from './baseHref';
export { answerFor, type Answer } from './answer';
export { draw } from './draw';
export { startPageNetwork, SERVICE_WORKER_TIMEOUT_MS, type PageNetwork } from './pageNetwork';
export { startWorkerNetwork } from './workerNetwork';
