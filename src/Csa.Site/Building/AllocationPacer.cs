namespace Csa.Site.Building;

/// <summary>Keeps a large build's memory down: after every <see cref="Budget"/> bytes allocated it asks for a collection
/// of the youngest generation, as a smaller first-generation budget would. The stages that go through every page call
/// <see cref="Tick"/> after each page.</summary>
/// <remarks>The runtime sizes its first-generation budget from the processor's cache and the survival rate, and a build
/// whose pages all survive one stage into the next lets it grow to many times the pages' own size: most of a
/// 4,000-page build's peak was garbage waiting for the next collection. The budget can be set only in the environment
/// (<c>DOTNET_GCgen0MaxBudget</c>), not by the tool, so the tool paces the collections itself. A collection of the
/// youngest generation costs a small fraction of a millisecond per megabyte that survives. Each build counts from its
/// own <see cref="Start"/>: a rebuild in <c>csa-site serve</c> that renders one page allocates a few megabytes, and a
/// forced collection then (10–15 ms with the session's pages in memory) would be most of its time.</remarks>
internal static class AllocationPacer
{
    /// <summary>The bytes allocated between two collections asked for: 16 MiB.</summary>
    public const long Budget = 16L << 20;

    private static readonly Lock _gate = new();
    private static long _next = Budget;

    /// <summary>Starts counting a build's allocations: the first collection is asked for <see cref="Budget"/> bytes from now.</summary>
    public static void Start()
    {
        lock (_gate)
        {
            _next = GC.GetTotalAllocatedBytes() + Budget;
        }
    }

    /// <summary>Asks for a collection of the youngest generation when the process has allocated <see cref="Budget"/>
    /// bytes since the last.</summary>
    public static void Tick()
    {
        if (GC.GetTotalAllocatedBytes() < Volatile.Read(ref _next))
        {
            return;
        }

        lock (_gate)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            if (allocated < _next)
            {
                return;
            }

            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            _next = allocated + Budget;
        }
    }
}
