using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// The counting session's record (计票唱票): who counted, who read out, who supervised (居务监督委员会, 廉情监督员), who
/// signed it off and when, and the result as signed — its JSON and that text's SHA-256, which also goes to the audit
/// chain, so anyone can check within the 1-year challenge window that the published figures are the counted ones.
/// One per assembly, after the voting closed.
/// </summary>
public sealed class AssemblyCount : ICommunityOwned
{
    public const int MaxNames = 200;

    public int Id { get; private set; }
    public int AssemblyId { get; private set; }
    public int CommunityId { get; private set; }
    public string Counters { get; private set; } = "";
    public string Readers { get; private set; } = "";
    public string Supervisors { get; private set; } = "";
    public string SignedOffBy { get; private set; } = "";
    public DateTime SignedOffAt { get; private set; }
    public string ResultJson { get; private set; } = "";
    public string ResultHash { get; private set; } = "";

    /// <summary>When the result went on public display, and until when it must stay (at least 15 days).</summary>
    public DateTime? PublishedAt { get; private set; }
    public DateOnly? DisplayUntil { get; private set; }

    private AssemblyCount() { }

    internal AssemblyCount(OwnersAssembly assembly, string counters, string readers, string supervisors, string signedOffBy, string resultJson, string resultHash, DateTime now)
    {
        AssemblyId = assembly.Id;
        CommunityId = assembly.CommunityId;
        Counters = counters;
        Readers = readers;
        Supervisors = supervisors;
        SignedOffBy = signedOffBy;
        SignedOffAt = now;
        ResultJson = resultJson;
        ResultHash = resultHash;
    }

    internal void Publish(DateTime now, DateOnly displayUntil)
    {
        PublishedAt = now;
        DisplayUntil = displayUntil;
    }
}
