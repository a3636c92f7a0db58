using System;

namespace Newswire.Extraction.Text;

/// <summary>
/// Per-thread scratch arrays reused from one article to the next, so per-token tables cost no allocation. Each
/// extractor declares its own scratch class (<c>Actors.Scratch</c>, <c>Events.Scratch</c>) with the arrays it needs;
/// this base keeps one instance per thread and class. <see cref="Rent"/> hands the thread's instance out (a nested
/// or concurrent caller on the same thread gets a fresh one), <see cref="Return"/> keeps it for the next article
/// unless an array grew past <see cref="KeepLimit"/>. Nothing rented may outlive the article.
/// </summary>
internal abstract class ScratchPool<TSelf>
    where TSelf : ScratchPool<TSelf>, new()
{
    [ThreadStatic]
    private static TSelf? _pooled;

    /// <summary>Arrays longer than this are dropped on return rather than kept for the next article.</summary>
    protected const int KeepLimit = 1 << 18;

    public static TSelf Rent()
    {
        var s = _pooled;
        if (s == null)
        {
            return new TSelf();
        }

        _pooled = null;
        return s;
    }

    public static void Return(TSelf s)
    {
        if (s.IsSmall())
        {
            _pooled = s;
        }
    }

    /// <summary>An array of at least <paramref name="n"/> elements; contents are whatever was there before.</summary>
    public static T[] AtLeast<T>(ref T[] array, int n)
    {
        if (array.Length < n)
        {
            array = new T[Math.Max(n, Math.Min(array.Length * 2, KeepLimit))];
        }

        return array;
    }

    /// <summary>Whether every array is within <see cref="KeepLimit"/>, so the instance is worth keeping.</summary>
    protected abstract bool IsSmall();
}
