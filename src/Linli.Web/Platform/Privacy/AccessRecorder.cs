using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Privacy;

/// <summary>Every read of sensitive personal information leaves two traces: an access record (who, what, why) and an entry in the audit chain.</summary>
public sealed class AccessRecorder(LinliDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task RecordAsync(string action, string subjectType, string subjectId, string field, string reason, CancellationToken cancellationToken)
    {
        db.AccessRecords.Add(new AccessRecord(clock.GetUtcNow().UtcDateTime, scope.UserId ?? "", scope.UserName ?? "", subjectType, subjectId, field, reason));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(action, subjectType, subjectId, $"{field}: {reason}", cancellationToken);
    }

    /// <summary>The reads of one subject, newest first: what a file shows about who opened it (a case's own access log).</summary>
    public async Task<IReadOnlyList<AccessRecordView>> OfSubjectAsync(string subjectType, string subjectId, int take, CancellationToken cancellationToken) =>
        await db.AccessRecords.AsNoTracking().Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId).OrderByDescending(a => a.Id).Take(take)
            .Select(a => new AccessRecordView(a.At, a.ActorName, a.Field, a.Reason)).ToListAsync(cancellationToken);
}

public sealed record AccessRecordView(DateTime At, string By, string Field, string Reason);
