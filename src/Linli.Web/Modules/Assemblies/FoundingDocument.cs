using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Assemblies;

/// <summary>The three founding documents an owners' assembly adopts (seed 002 case 9 adopted all three before electing).</summary>
public enum FoundingKind
{
    /// <summary>业主大会议事规则: how the assembly meets and votes, and how the committee is elected.</summary>
    RulesOfProcedure = 1,

    /// <summary>管理规约.</summary>
    ManagementCovenant = 2,

    /// <summary>业主委员会工作规则.</summary>
    CommitteeWorkingRules = 3,
}

/// <summary>
/// One version of a founding document: the assembly and item that adopted it (or, for a version adopted before the
/// compound used Linli, where the paper record is), when it took effect, and its text as a file. Versions are
/// numbered per compound and kind; none is edited — a change is the next version, adopted by the next assembly.
/// </summary>
public sealed class FoundingDocument : ICommunityOwned
{
    public const int MaxNote = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int CompoundId { get; private set; }
    public FoundingKind Kind { get; private set; }
    public int Version { get; private set; }
    public int? AdoptedByAssemblyId { get; private set; }
    public int? AdoptedByItemId { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? Note { get; private set; }
    public Guid? FileId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private FoundingDocument() { }

    internal FoundingDocument(int communityId, int compoundId, FoundingKind kind, int version, int? assemblyId, int? itemId, DateOnly effectiveOn, string? note,
        string recordedBy, DateTime now)
    {
        CommunityId = communityId;
        CompoundId = compoundId;
        Kind = kind;
        Version = version;
        AdoptedByAssemblyId = assemblyId;
        AdoptedByItemId = itemId;
        EffectiveOn = effectiveOn;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
