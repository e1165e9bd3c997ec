import { defineMessages } from '../messages';

/** The guided path through the tutorial: the bar above the timeline, and each chapter's title and story. */
export const chapterMessages = defineMessages({
  en: {
    pathName: 'Guided path',
    start: 'Follow the tutorial, chapter by chapter',
    startHelp: 'Ten chapters in the tutorial’s order, each with a short story; you predict before you see.',
    position: 'Chapter {n} of {count}',
    choose: 'Go to a chapter',
    previous: 'Previous chapter',
    next: 'Next chapter',
    finish: 'You have reached the end of the path.',
    leave: 'Leave the path',
    left: 'You changed the strategy, so this is no longer chapter {n}.',
    back: 'Back to chapter {n}',
    link: 'Link to this chapter',
    title_blocking: 'Blocking: one request after another',
    story_blocking:
      'A program asks a slow endpoint for five pages with requests.get, one after the other. Each call blocks the only thread for three seconds: nothing else can happen while it waits, so five requests take five times three seconds. Predict the total before you press Reveal.',
    title_processes: 'Processes: several programs at once',
    story_processes:
      'multiprocessing.Pool starts worker processes and hands each one a request. Every worker still blocks on its own call, but the workers wait at the same time, so the waits overlap. Starting processes costs time and memory, and there are only as many as the pool holds.',
    title_coroutines: 'A coroutine and its task',
    story_coroutines:
      'async def makes a coroutine: calling it runs nothing yet. asyncio.create_task wraps it in a task, which starts as pending; the event loop runs it until it awaits, suspends it while the result is not there, and resumes it when it is. Step through and watch the task go from pending to finished.',
    title_callbacks: 'Done-callbacks',
    story_callbacks:
      'task.add_done_callback registers a plain function that the event loop calls once the task is finished, with the task as its argument. The callback runs on the loop itself, between tasks: while it runs, nothing else does.',
    title_wait: 'Many tasks: asyncio.wait',
    story_wait:
      'To run several requests, make a list of tasks and await asyncio.wait(tasks). main() suspends there until every task is done, then gets the done and pending sets back. Whether the requests overlap depends on what each task awaits, which the next chapter shows.',
    title_pitfall: 'The pitfall: async def around requests',
    story_pitfall:
      'Wrapping requests.get in an async def does not make it asynchronous. The call never awaits, so it blocks the event loop for the full three seconds and the other tasks wait, ready but not running. Five requests take fifteen seconds again, as if there were no asyncio at all.',
    title_aiohttp: 'aiohttp: requests that await',
    story_aiohttp:
      'With aiohttp, session.get is awaited: each task sends its request and suspends, and the loop starts the next one. All five wait for the endpoint at the same time, so the run takes about three seconds instead of fifteen, on one thread.',
    title_hundred_one: '100 requests in one process',
    story_hundred_one:
      'Now a hundred requests, one after another, in a single process: a hundred times three seconds, five minutes in all. This is the baseline the next two chapters beat.',
    title_hundred_many: '100 requests in a process pool',
    story_hundred_many:
      'The same hundred requests on a pool of four processes: four requests wait at a time, so the run is 3.6 times shorter (not quite 4: Pool.map hands out the requests in chunks of 7, and one worker gets a chunk more than the others). Each worker still blocks on its own request.',
    title_aiomultiprocess: 'aiomultiprocess: processes that each run an event loop',
    story_aiomultiprocess:
      'aiomultiprocess combines both ideas: a few processes, each running an event loop with many coroutines in flight. Process start-up takes a moment, then dozens of requests wait at once and a hundred requests finish in seconds.',
  },
  'zh-CN': {
    pathName: '学习路线',
    start: '按教程顺序，一章一章地学',
    startHelp: '十章，按教程的顺序，每章一段小故事；先预测，再看结果。',
    position: '第 {n} 章，共 {count} 章',
    choose: '跳到某一章',
    previous: '上一章',
    next: '下一章',
    finish: '你已经走完了整条路线。',
    leave: '离开路线',
    left: '你换了策略，所以这里已经不是第 {n} 章了。',
    back: '回到第 {n} 章',
    link: '本章链接',
    title_blocking: '阻塞：一个请求接一个请求',
    story_blocking:
      '程序用 requests.get 向一个很慢的接口依次请求五个页面。每次调用都会把唯一的线程阻塞三秒：等待期间什么也做不了，所以五个请求要花五个三秒。点「揭晓」之前，先预测总耗时。',
    title_processes: '多进程：同时运行几个程序',
    story_processes:
      'multiprocessing.Pool 启动若干工作进程，把请求分给它们。每个工作进程仍然阻塞在自己的调用上，但它们是同时等待的，所以等待时间重叠了。启动进程要花时间和内存，而且进程数不会超过池的大小。',
    title_coroutines: '协程和它的任务',
    story_coroutines:
      'async def 定义一个协程：调用它时什么都还没有运行。asyncio.create_task 把它包装成任务，任务一开始是 pending 状态；事件循环运行它直到它 await，在结果还没到时挂起它，结果到了再恢复它。单步执行，看任务从 pending 变成 finished。',
    title_callbacks: '完成回调',
    story_callbacks:
      'task.add_done_callback 注册一个普通函数，任务完成后由事件循环调用它，并把任务作为参数传入。回调就在事件循环上、在任务之间运行：它运行时，别的都不运行。',
    title_wait: '多个任务：asyncio.wait',
    story_wait:
      '要运行多个请求，就建一个任务列表，然后 await asyncio.wait(tasks)。main() 在那里挂起，直到所有任务完成，再拿回 done 和 pending 两个集合。这些请求是否重叠，取决于每个任务 await 的是什么，下一章会讲。',
    title_pitfall: '陷阱：用 async def 包住 requests',
    story_pitfall:
      '把 requests.get 包进 async def 并不能让它变成异步。这个调用从不 await，所以它把事件循环整整阻塞三秒，其他任务只能就绪等待、无法运行。五个请求又花了十五秒，就像根本没有用 asyncio 一样。',
    title_aiohttp: 'aiohttp：会 await 的请求',
    story_aiohttp:
      '用 aiohttp 时，session.get 是被 await 的：每个任务发出请求后就挂起，事件循环接着启动下一个。五个请求同时等待接口，所以整个运行大约三秒而不是十五秒，而且只用一个线程。',
    title_hundred_one: '单进程中的 100 个请求',
    story_hundred_one:
      '现在是一百个请求，在一个进程里一个接一个：一百个三秒，总共五分钟。这是后面两章要超越的基准。',
    title_hundred_many: '进程池中的 100 个请求',
    story_hundred_many:
      '同样的一百个请求，交给四个进程的进程池：每次有四个请求在等待，所以运行时间缩短到约 1/3.6（不到 4 倍：Pool.map 按每块 7 个请求分发，有一个工作进程比别的多拿一块）。每个工作进程仍然阻塞在自己的请求上。',
    title_aiomultiprocess: 'aiomultiprocess：每个进程各跑一个事件循环',
    story_aiomultiprocess:
      'aiomultiprocess 把两种思路结合起来：少数几个进程，每个进程运行一个事件循环，里面同时有许多协程在途。进程启动要花一点时间，之后几十个请求同时等待，一百个请求几秒钟就完成。',
  },
});
