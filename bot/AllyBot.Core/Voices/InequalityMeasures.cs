namespace AllyBot.Core.Voices;

/// <summary>
/// Inequality of amounts (messages or credits) across N members, zeros included (voices.md 3.3). Each needs at
/// least two members and a positive total; callers suppress before asking.
/// </summary>
public static class InequalityMeasures
{
    /// <summary>Below this many members the Gini gets the small-sample correction ×N/(N−1).</summary>
    public const int SmallSampleLimit = 20;

    /// <summary>
    /// Normalised Shannon entropy E = −Σ pᵢ ln pᵢ / ln N with pᵢ = xᵢ / Σx and 0·ln 0 = 0. 1 is perfectly even; 0 is
    /// one member with everything.
    /// </summary>
    public static double NormalisedEntropy(IReadOnlyList<double> amounts)
    {
        var total = CheckedTotal(amounts);
        var entropy = 0.0;
        foreach (var amount in amounts)
        {
            if (amount > 0)
            {
                var p = amount / total;
                entropy -= p * Math.Log(p);
            }
        }

        return Math.Clamp(entropy / Math.Log(amounts.Count), 0, 1);
    }

    /// <summary>
    /// Gini G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2N² x̄), times N/(N−1) when N &lt; <see cref="SmallSampleLimit"/> so one member
    /// with everything scores 1 at any N. 0 is perfectly even.
    /// </summary>
    public static double Gini(IReadOnlyList<double> amounts)
    {
        var total = CheckedTotal(amounts);
        var n = amounts.Count;

        // Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σₖ (2k − N − 1) x₍ₖ₎ over the amounts sorted ascending (k = 1..N).
        var sorted = amounts.Order().ToArray();
        var weighted = 0.0;
        for (var k = 1; k <= n; k++)
        {
            weighted += (2 * k - n - 1) * sorted[k - 1];
        }

        // 2N² x̄ = 2N Σx, so G = 2·weighted / (2N Σx).
        var gini = weighted / (n * total);
        if (n < SmallSampleLimit)
        {
            gini *= n / (n - 1.0);
        }

        return Math.Clamp(gini, 0, 1);
    }

    /// <summary>How many members the "top fifth" is: ⌈N/5⌉.</summary>
    public static int TopFifthCount(int members) => (members + 4) / 5;

    /// <summary>The share of the total held by the top fifth (⌈N/5⌉ members with the largest amounts).</summary>
    public static double TopFifthShare(IReadOnlyList<double> amounts)
    {
        var total = CheckedTotal(amounts);
        return amounts.OrderDescending().Take(TopFifthCount(amounts.Count)).Sum() / total;
    }

    private static double CheckedTotal(IReadOnlyList<double> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (amounts.Count < 2)
        {
            throw new ArgumentException("Inequality needs at least two members.", nameof(amounts));
        }

        if (amounts.Any(a => a < 0 || !double.IsFinite(a)))
        {
            throw new ArgumentException("Amounts must be finite and not negative.", nameof(amounts));
        }

        var total = amounts.Sum();
        return total > 0 ? total : throw new ArgumentException("Inequality of nothing is undefined: the total is zero.", nameof(amounts));
    }
}
