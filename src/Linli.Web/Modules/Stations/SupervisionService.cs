using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>Supervision sessions held at a station: each participant's supervision hours (and the supervisor's) come from here.</summary>
public sealed class SupervisionService(LinliDb db, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxParticipants = 50;

    /// <summary>
    /// A session held (not one planned): the supervisor and the workers supervised are staff of one community, the
    /// supervisor not among them; an individual session has exactly one.
    /// </summary>
    public async Task<int> RecordAsync(NewSupervision input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var supervisor = input.SupervisorId is { } supervisorId
            ? await db.Set<StaffProfile>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == supervisorId, cancellationToken)
            : null;
        if (supervisor is null) errors["supervisorId"] = new("Stations.StaffNotFound");
        var ids = input.ParticipantIds ?? [];
        if (ids.Count is 0 or > MaxParticipants) errors["participantIds"] = new("Validation.Range", 1, MaxParticipants);
        else if (input.Kind == SupervisionKind.Individual && ids.Distinct().Count() != 1) errors["participantIds"] = new("Stations.IndividualIsOne");
        var colleagues = supervisor is null ? []
            : (await db.Set<StaffProfile>().Where(s => ids.Contains(s.Id) && s.CommunityId == supervisor.CommunityId).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        for (var n = 0; n < ids.Count && supervisor is not null; n++)
            if (ids[n] == supervisor.Id) errors[$"participantIds[{n}]"] = new("Stations.SupervisorIsParticipant");
            else if (!colleagues.Contains(ids[n])) errors[$"participantIds[{n}]"] = new("Stations.StaffNotFound");
        if (input.On is not { } on) errors["on"] = new("Validation.Required");
        else if (on > ChinaTime.Today(clock)) errors["on"] = new("Stations.DateInFuture");
        var hours = errors.Hours(input.Hours, SupervisionSession.MaxHours);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var topics = errors.Text(input.Topics, "topics", SupervisionSession.MaxText, required: false);
        var notes = errors.Text(input.Notes, "notes", SupervisionSession.MaxText, required: false);
        var followUp = errors.Text(input.FollowUp, "followUp", SupervisionSession.MaxText, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new SupervisionSession(supervisor!, input.On!.Value, hours, input.Kind!.Value, (FieldChecks.OrNull(topics), FieldChecks.OrNull(notes),
            FieldChecks.OrNull(followUp)), scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(ids.Distinct().Select(id => new SupervisionParticipant(session, id)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("station.supervision", "SupervisionSession", session.Id.ToString(),
            $"supervisor={session.SupervisorId} participants={ids.Distinct().Count()} hours={session.Hours}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session.Id;
    }
}
