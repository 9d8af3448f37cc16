using System.Diagnostics;

namespace AllyBot.Cli.Bench;

/// <summary>Runs an action over the messages, round after round, for a fixed time; reports messages per second.</summary>
internal static class Throughput
{
    public static double MessagesPerSecond(string[] messages, TimeSpan duration, Func<string, int> evaluate)
    {
        long evaluated = 0;
        var sink = 0;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < duration)
        {
            foreach (var message in messages)
            {
                sink += evaluate(message);
                evaluated++;
                if ((evaluated & 0x3FF) == 0 && stopwatch.Elapsed >= duration)
                {
                    break;
                }
            }
        }

        stopwatch.Stop();
        GC.KeepAlive(sink);
        return evaluated / stopwatch.Elapsed.TotalSeconds;
    }
}
