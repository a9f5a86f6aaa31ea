using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>The rest of the Order 67 record: trainings (Art. 8), awards (Art. 9), evaluations (Art. 10), and volunteers' correction requests (Arts. 12–13).</summary>
public sealed class VolunteerRecordsService(LinliDb db, SelfServiceService self, ResidentPlacement placement, ResidentDirectory residents, AuditLog audit,
    TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<TrainingView> AddTrainingAsync(int volunteerId, TrainingRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await VolunteerAsync(volunteerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Name, "name", 100);
        var content = errors.Text(request.Content, "content", 500, required: false);
        var organizer = errors.Text(request.Organizer, "organizer", 100);
        var date = PastDate(request.Date, errors);
        if (request.Hours is not { } hours || hours <= 0 || hours > 200 || decimal.Round(hours, 2) != hours) errors["hours"] = new("Volunteer.HoursInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var training = new TrainingRecord(volunteer, name, content, request.Hours!.Value, organizer, date, user.Identity?.Name ?? "");
        db.Set<TrainingRecord>().Add(training);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.training", "Volunteer", volunteer.Id.ToString(), name, cancellationToken);
        return TrainingView.Of(training);
    }

    public async Task<AwardView> AddAwardAsync(int volunteerId, AwardRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await VolunteerAsync(volunteerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Name, "name", 100);
        var unit = errors.Text(request.AwardingUnit, "awardingUnit", 100);
        var date = PastDate(request.Date, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var award = new AwardRecord(volunteer, name, date, unit, user.Identity?.Name ?? "");
        db.Set<AwardRecord>().Add(award);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.award", "Volunteer", volunteer.Id.ToString(), name, cancellationToken);
        return AwardView.Of(award);
    }

    public async Task<EvaluationView> EvaluateAsync(int volunteerId, EvaluationRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await VolunteerAsync(volunteerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (request.Rating is not { } rating || !Enum.IsDefined(rating)) errors["rating"] = new("Validation.Invalid");
        var comment = errors.Text(request.Comment, "comment", 500, required: false);
        var date = request.Date is null ? Today : PastDate(request.Date, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var evaluation = new Evaluation(volunteer, request.Rating!.Value, date, comment, user.Identity?.Name ?? "");
        db.Set<Evaluation>().Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.evaluated", "Volunteer", volunteer.Id.ToString(), request.Rating.ToString()!, cancellationToken);
        return EvaluationView.Of(evaluation);
    }

    /// <summary>The signed-in volunteer asks for a correction of their record (one service, or the record as a whole).</summary>
    public async Task<ServiceCorrectionView> RequestCorrectionAsync(string userId, ServiceCorrectionRequest request, CancellationToken cancellationToken)
    {
        var me = await self.OwnResidentAsync(userId, cancellationToken);
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.ResidentId == me.Id, cancellationToken)
            ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(request.Request, "request", 500);
        if (request.ServiceRecordId is { } recordId
            && !await db.Set<ServiceRecord>().IgnoreQueryFilters().AnyAsync(s => s.Id == recordId && s.VolunteerId == volunteer.Id, cancellationToken))
            errors["serviceRecordId"] = new("Validation.Invalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var correction = new ServiceCorrection(volunteer, request.ServiceRecordId, text, clock.GetUtcNow().UtcDateTime);
        db.Set<ServiceCorrection>().Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.correction-requested", "Volunteer", volunteer.Id.ToString(), $"correction={correction.Id}", cancellationToken);
        return View(correction, me.Name);
    }

    public async Task<IReadOnlyList<ServiceCorrectionView>> OpenCorrectionsAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rows = await db.Set<ServiceCorrection>().AsNoTracking().Where(c => c.CommunityId == communityId && c.State == CorrectionState.Open).OrderBy(c => c.Id)
            .Join(db.Set<Volunteer>(), c => c.VolunteerId, v => v.Id, (c, v) => new { c, v.ResidentId }).Take(500).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(x => x.ResidentId), cancellationToken);
        return [.. rows.Where(x => names.ContainsKey(x.ResidentId)).Select(x => View(x.c, names[x.ResidentId]))];
    }

    /// <summary>Staff answer a request: corrected (after fixing the record, which is done by adding the right entry) or declined with a reason.</summary>
    public async Task ResolveCorrectionAsync(int correctionId, ResolveServiceCorrection request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var correction = await db.Set<ServiceCorrection>().FirstOrDefaultAsync(c => c.Id == correctionId, cancellationToken) ?? throw new NotFoundException();
        if (request.State is not (CorrectionState.Corrected or CorrectionState.Declined)) throw new FieldValidationException("state", "Validation.Invalid");
        var response = request.Response?.Trim();
        if (request.State == CorrectionState.Declined && string.IsNullOrEmpty(response)) throw new FieldValidationException("response", "Correction.ReasonRequired");
        if (response?.Length > 500) throw new FieldValidationException("response", "Validation.MaxLength", 500);
        if (correction.State != CorrectionState.Open) throw new ConflictException("Correction.AlreadyResolved");
        correction.Resolve(request.State.Value, response, user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.correction-resolved", "Volunteer", correction.VolunteerId.ToString(), $"correction={correction.Id} {correction.State}", cancellationToken);
    }

    internal static ServiceCorrectionView View(ServiceCorrection c, string name) =>
        new(c.Id, c.VolunteerId, name, c.ServiceRecordId, c.Request, c.State, c.Response, ChinaTime.ToOffset(c.CreatedAt));

    private async Task<Volunteer> VolunteerAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw new NotFoundException();

    private DateOnly PastDate(DateOnly? date, Dictionary<string, FieldError> errors)
    {
        if (date is null) errors["date"] = new("Validation.Required");
        else if (date > Today) errors["date"] = new("Volunteer.DateInFuture");
        return date ?? Today;
    }
}
