namespace Linli.Web.Platform.Privacy;

/// <summary>One read of unmasked personal data: who, when, whose data, which field and why (PIPL Art. 56 records).</summary>
public sealed class AccessRecord
{
    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectId { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string Reason { get; private set; } = "";

    private AccessRecord() { }

    public AccessRecord(DateTime at, string actorId, string actorName, string subjectType, string subjectId, string field, string reason)
    {
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Field = field;
        Reason = reason;
    }
}
