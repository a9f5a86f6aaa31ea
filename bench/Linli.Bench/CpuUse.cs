using System.Diagnostics;
using System.Globalization;

/// <summary>
/// How much CPU a stretch of work took: this process's own, the part of it the JIT spent compiling, and how busy the
/// whole machine was (Linux's /proc/stat; null elsewhere). A rate alone cannot tell a run that waited on a lock from
/// one that ran out of cores, or a server still compiling its hot paths from one that has settled.
/// </summary>
internal sealed class CpuUse
{
    private readonly TimeSpan processStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly TimeSpan jitStart = System.Runtime.JitInfo.GetCompilationTime();
    private readonly (long Total, long Idle)? machineStart = Machine();

    public (TimeSpan Process, TimeSpan Jit, double? MachineBusy) Stop()
    {
        var process = Process.GetCurrentProcess().TotalProcessorTime - processStart;
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jitStart;
        if (machineStart is not { } start || Machine() is not { } end || end.Total == start.Total) return (process, jit, null);
        return (process, jit, 1 - (double)(end.Idle - start.Idle) / (end.Total - start.Total));
    }

    /// <summary>The first line of /proc/stat: jiffies per state; idle and iowait are the idle ones.</summary>
    private static (long Total, long Idle)? Machine()
    {
        if (!File.Exists("/proc/stat")) return null;
        var jiffies = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(j => long.Parse(j, CultureInfo.InvariantCulture)).ToArray();
        return (jiffies.Sum(), jiffies[3] + jiffies[4]);
    }
}
