using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>
/// Referrals of a case's needs to departments and partners, with the consent gate: a referral shares the client's
/// information outside the community, so on a case resting on consent it needs the client's consent to this referral.
/// </summary>
public sealed class ReferralsService(LinliDb db, CasesService cases, ResidentDirectory residents, StaffDirectory staff, Partners.PartnerDirectory partners,
    AccessRecorder access, AuditLog audit, IOptions<CareOptions> options, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<int> SendAsync(int caseId, NewReferral input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var partner = input.PartnerId is { } partnerId ? await partners.FindAsync(partnerId, cancellationToken) : null;
        if (input.PartnerId is not null && partner is null) errors["partnerId"] = new("Care.PartnerNotFound");
        var to = string.IsNullOrWhiteSpace(input.To) && partner is not null ? partner.Name : errors.Text(input.To, "to", Referral.MaxTo);
        var contact = errors.Text(input.Contact, "contact", Referral.MaxTo, required: false);
        var need = errors.Text(input.Need, "need", CareCase.MaxText);
        if (input.Consent is null) errors["consent"] = new("Validation.Required");
        var chaseOn = input.ChaseOn ?? Today.AddDays(options.Value.ReferralChaseDays);
        if (chaseOn < Today) errors["chaseOn"] = new("Care.DatePast");
        var (care, _) = await cases.AuthorizeAsync(caseId, CarePolicies.WorkCase, user, cancellationToken);
        if (input.Consent == false && care.Basis == LegalBasis.Consent) errors["consent"] = new("Care.ReferralNeedsConsent");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (care.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        var referral = new Referral(care, (to, contact.Length == 0 ? null : contact, partner?.Id), need, input.Consent!.Value, Today, chaseOn, user.UserId());
        db.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.referral-sent", CasesService.SubjectType, caseId.ToString(), $"referral={referral.Id} to={to} partner={referral.PartnerId} consent={referral.Consent}", cancellationToken);
        return referral.Id;
    }

    /// <summary>What the receiver said: accepted, served, declined, no answer; the feedback and, while it is pending, the next chase day.</summary>
    public async Task<ReferralView> UpdateAsync(int caseId, int id, ReferralUpdate input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Status is not { } status || !Enum.IsDefined(status) || status == ReferralStatus.Sent) errors["status"] = new("Validation.Required");
        var feedback = errors.Text(input.Feedback, "feedback", CareCase.MaxText, required: input.Status is ReferralStatus.Served or ReferralStatus.Declined);
        if (input.ChaseOn < Today) errors["chaseOn"] = new("Care.DatePast");
        await cases.AuthorizeAsync(caseId, CarePolicies.WorkCase, user, cancellationToken);
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == id && r.CaseId == caseId, cancellationToken) ?? throw new NotFoundException();
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (referral.IsFinal) throw new ConflictException("Care.ReferralFinal");
        referral.Update(input.Status!.Value, feedback.Length == 0 ? null : feedback, input.ChaseOn, Today);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.referral-updated", CasesService.SubjectType, caseId.ToString(), $"referral={id} status={referral.Status}", cancellationToken);
        return View(referral);
    }

    /// <summary>The referral letter (Word). Producing it is an export of the case: an access record on the file.</summary>
    public async Task<byte[]> LetterAsync(int caseId, int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (care, _) = await cases.AuthorizeAsync(caseId, CarePolicies.ReadCase, user, cancellationToken);
        var referral = await db.Set<Referral>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.CaseId == caseId, cancellationToken) ?? throw new NotFoundException();
        var client = await residents.FindAsync(care.ResidentId, cancellationToken);
        var community = await db.Regions.AsNoTracking().Where(r => r.Id == care.CommunityId).Select(r => r.Name).FirstAsync(cancellationToken);
        var worker = (await staff.DisplayNamesAsync([care.WorkerId], cancellationToken)).GetValueOrDefault(care.WorkerId, "");
        await access.RecordAsync("privacy.sensitive-export", CasesService.SubjectType, caseId.ToString(), "referral letter", $"referral {id} to {referral.To}", cancellationToken);
        return ReferralLetter.Build(new(referral.To, referral.Contact, client?.Name ?? "", referral.Need, referral.Consent, community, worker, referral.SentOn, referral.ChaseOn));
    }

    public static ReferralView View(Referral r) => new(r.Id, r.To, r.Contact, r.Need, r.Consent, r.SentOn, r.Status, r.Feedback, r.ChaseOn, r.ClosedOn, r.PartnerId);
}
