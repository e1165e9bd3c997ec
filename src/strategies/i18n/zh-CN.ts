import type { StrategyId } from '../../trace/scenario';
import type { StrategyText } from './types';

/**
 * Simplified Chinese titles, hints and explanations. Python names (asyncio.gather, requests.get, GIL...) stay
 * as they are; figures match the English text paragraph by paragraph.
 */
export const ZH_CN: Readonly<Record<StrategyId, StrategyText>> = {
  'task-lifecycle': {
    title: '一个任务的一生',
    hint: 'pending → 运行 → 挂起 → 运行 → 完成。',
    explanation: [
      'create_task 把一个协程包装成 Task，放进事件循环的就绪队列：在事件循环轮到它之前，任务处于 pending 状态（图中画作“就绪”）。随后事件循环运行它，直到遇到第一个 await。',
      '到了 await，任务挂起，把线程交还出去；事件循环转而运行其他任务。等响应到达，任务重新就绪，事件循环从它停下的地方恢复执行，任务最终完成并给出结果。',
    ],
  },
  'done-callbacks': {
    title: '完成回调',
    hint: 'add_done_callback：任务完成时，事件循环回调你的函数。',
    explanation: [
      '一个任务可以挂上回调函数。任务完成时，事件循环并不立即调用它们，而是把每个回调交给 call_soon：它排到就绪队列的末尾，和其他工作一样在事件循环线程上一个接一个地运行。',
      '这里每个任务只负责请求；它的 CPU 工作由它的回调完成，画成任务结束后紧接着出现在事件循环上的回调条。回调运行时，事件循环不做别的事：其间收到响应的任务只能处于就绪状态，等回调返回。',
    ],
  },
  'asyncio-wait': {
    title: 'asyncio.wait',
    hint: 'main() 挂起，直到所有任务都完成。',
    explanation: [
      'main() 创建好任务，然后 await asyncio.wait(tasks)。这个 await 让 main() 自己挂起：事件循环得以运行这些任务，而它们又都挂起在各自的请求上。',
      '最后一个任务完成时，wait() 返回已完成和未完成的任务集合，main() 随之恢复。最上面一行就是 main()：整个运行期间都处于挂起状态。',
    ],
  },
  sequential: {
    title: '一个接一个',
    hint: '在循环里调用 requests.get：每次调用都要等上一次结束。',
    explanation: [
      '程序请求一个页面，等待响应，然后再请求下一个。等待期间 CPU 无事可做，却也不能开始别的工作：这次调用阻塞了唯一的线程。',
      '总耗时是每次等待之和：向一个 3 秒才响应的接口发 5 个请求，要花 15 秒。',
    ],
  },
  'async-blocking': {
    title: '用 async def 包住 requests（陷阱）',
    hint: '协程里调用阻塞函数：仍然一次只能跑一个。',
    explanation: [
      '现在每个请求都放在一个协程里，所有协程一次性交给事件循环。但 requests.get 并不知道事件循环的存在：它会阻塞事件循环唯一的线程，直到响应到达，事件循环因此无法切换到其他任务。',
      '其他任务处于就绪状态，等着一个永远腾不出空的事件循环。把函数标成 async 并不会让它的 I/O 变成异步：5 个 3 秒的请求仍然要 15 秒。',
    ],
  },
  'asyncio-gather': {
    title: 'asyncio + aiohttp，一起发出',
    hint: '每个请求都用 await：事件循环一次发出全部请求，只等一次。',
    explanation: [
      'aiohttp 的 get 是可等待的：任务执行到 await 时挂起，把线程交还给事件循环，事件循环接着启动下一个任务。所有请求同时在途，所以 5 个 3 秒的请求大约 3 秒就能完成。',
      'aiohttp 的会话默认最多打开 100 个连接。超过这个数，任务要排队等空闲连接，所以 500 个请求会以每批 100 个的方式分批运行。每次响应之后的 CPU 工作仍然在唯一的事件循环线程上，一次只跑一个任务。',
    ],
  },
  'asyncio-semaphore': {
    title: 'asyncio 加信号量',
    hint: '同时在途的请求最多 k 个；其余的排队等候。',
    explanation: [
      '信号量是一个记录空位数的计数器。每个任务发请求前占一个位置，完成后归还，所以同时在途的请求永远不超过 k 个：对服务器更友好，也能避免超出限流。',
      '找不到空位的任务排队等候（排队中）。纯 I/O 时，整个运行大约需要 ceil(N / k) 轮接口延迟。',
    ],
  },
  'thread-pool': {
    title: 'ThreadPoolExecutor',
    hint: 'p 个线程，各自阻塞在自己的请求上；全局解释器锁 (GIL) 让 CPU 工作串行执行。',
    explanation: [
      '每个线程一次发出一个阻塞请求。等待网络的线程会释放 GIL，所以 p 个线程可以一起等待，N 个请求大约需要 ceil(N / p) 轮延迟。',
      'CPU 工作则不同：线程要持有 GIL 才能运行 Python 代码，而一个进程里同一时刻只有一个线程能持有它。任务偏重 CPU 时，线程每 5 ms 轮换一次，所以无论机器有多少核，线程再多也不会让这部分工作变快。',
    ],
  },
  'run-in-executor': {
    title: 'loop.run_in_executor',
    hint: '保留阻塞库，把它的调用交给线程，再 await 结果。',
    explanation: [
      '当一个库只提供阻塞调用时，事件循环可以把每次调用交给线程池，然后 await 一个 future。协程挂起，事件循环保持空闲，改由线程池中的一个线程阻塞在请求上。',
      '并发数现在受线程池大小限制：Python 默认的执行器有 min(32, cores + 4) 个线程。响应之后的 CPU 工作回到事件循环上运行。',
    ],
  },
  'process-pool': {
    title: 'multiprocessing.Pool',
    hint: 'p 个进程，各有自己的 GIL，由 Pool.map 分块派发任务。',
    explanation: [
      '每个工作进程都有自己的解释器和自己的 GIL，所以 CPU 工作真正并行运行，最多可达核心数。fork 一个工作进程的开销很小（每个约 1.5 ms）。',
      'Pool.map 把工作切成每块 ceil(N / 4p) 项，每个工作进程用阻塞请求逐项处理自己的块。4 个进程处理 100 个任务时每块 7 项：最忙的工作进程要跑 28 个请求，而不是 25 个。',
    ],
  },
  aiomultiprocess: {
    title: 'aiomultiprocess',
    hint: '多个进程，每个进程运行一个事件循环和许多协程。',
    explanation: [
      'aiomultiprocess 把两种思路结合起来：用 p 个进程承担 CPU 工作，每个进程里的事件循环运行最多 childconcurrency 个协程，一起 await 各自的请求。',
      '它的 Pool 先在父进程中启动一个 Manager 进程，再以 spawn 方式逐个全新启动子进程并重新导入模块，所以第一个任务开始前要过几百毫秒（Manager 有自己的一行）。之后，100 个请求分散到 p × c 个并发协程上，大约一个延迟的时间就能完成。',
    ],
  },
};
