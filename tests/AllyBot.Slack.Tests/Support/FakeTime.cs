using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Slack.Tests.Support;

/// <summary>Lets fake time pass while a task waits on it.</summary>
internal static class FakeTime
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> task, TimeSpan? step = null)
    {
        for (var i = 0; i < 100_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            clock.Advance(step ?? TimeSpan.FromMilliseconds(100));
        }

        return await task;
    }

    public static async Task RunAsync(FakeTimeProvider clock, Task task, TimeSpan? step = null) =>
        await RunAsync(clock, Wrap(task), step);

    private static async Task<bool> Wrap(Task task)
    {
        await task;
        return true;
    }
}
