using System.Globalization;
using AllyBot.Cli.Bench;
using AllyBot.Rules.Matching;

namespace AllyBot.Cli.Commands;

/// <summary>
/// <c>allybot bench</c>: the engine's single-thread throughput on a mixed chat corpus, next to a naive baseline
/// measured in the same process, plus the bytes allocated per message on the no-finding path.
/// </summary>
internal static class BenchCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var count = arguments.TakeInt("--messages", 20_000, 10_000, 10_000_000);
        var seconds = arguments.TakeInt("--seconds", 3, 1, 600);
        var ruleSet = RulesLocator.Load(arguments.TakeOption("--rules"));
        arguments.EnsureConsumed();

        var messages = BenchCorpus.Compose(BenchCorpus.Sentences(), count);
        var duration = TimeSpan.FromSeconds(seconds);
        var flagged = messages.Count(m => ruleSet.Evaluate(m).Count > 0);
        var naive = new NaiveRegexMatcher(ruleSet);

        // Warm up both (JIT, tiered compilation, regex compilation) before measuring either.
        Throughput.MessagesPerSecond(messages, TimeSpan.FromSeconds(1), m => ruleSet.Evaluate(m).Count);
        Throughput.MessagesPerSecond(messages, TimeSpan.FromSeconds(1), naive.CountMatches);

        var scanOnly = Throughput.MessagesPerSecond(messages, duration, ScanOnly);
        var engine = Throughput.MessagesPerSecond(messages, duration, m => ruleSet.Evaluate(m).Count);
        var baseline = Throughput.MessagesPerSecond(messages, duration, naive.CountMatches);
        var clean = messages.Where(m => ruleSet.Evaluate(m).Count == 0).ToArray();
        var bytesPerCleanMessage = AllocatedBytesPerMessage(clean, m => ruleSet.Evaluate(m).Count);

        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"corpus    {messages.Length:N0} messages ({messages.Sum(m => m.Length) / 1024.0:N0} KiB), {ruleSet.Rules.Count} rules, {flagged * 100.0 / messages.Length:N1}% of messages with a finding"));
        stdout.WriteLine(string.Create(c, $"engine    {engine,12:N0} messages/s  (one thread, {seconds} s)"));
        stdout.WriteLine(string.Create(c, $"  of which tokenising alone runs at {scanOnly:N0} messages/s"));
        stdout.WriteLine(string.Create(c, $"baseline  {baseline,12:N0} messages/s  (one compiled regex per phrase: {naive.RegexCount} regexes)"));
        stdout.WriteLine(string.Create(c, $"ratio     {engine / baseline,12:N1}x the baseline"));
        stdout.WriteLine(string.Create(c, $"no-finding path: {bytesPerCleanMessage:N2} bytes allocated per message ({clean.Length:N0} messages)"));
        return CliApp.Clean;
    }

    private static int ScanOnly(string message)
    {
        var buffer = System.Buffers.ArrayPool<Token>.Shared.Rent(TextScanner.MaxTokens(message.Length));
        var count = TextScanner.Tokenize(message, buffer);
        System.Buffers.ArrayPool<Token>.Shared.Return(buffer);
        return count;
    }

    private static double AllocatedBytesPerMessage(string[] messages, Func<string, int> evaluate)
    {
        // Two untimed passes first: tiered JIT and pool warm-up allocate once, not per message.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var message in messages)
            {
                evaluate(message);
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in messages)
        {
            evaluate(message);
        }

        var after = GC.GetAllocatedBytesForCurrentThread();
        return messages.Length == 0 ? 0 : (after - before) / (double)messages.Length;
    }
}
