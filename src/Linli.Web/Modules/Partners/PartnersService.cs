using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Partners;

/// <summary>Partners, their offers and the accounts of social organizations; a district's or street's officers register them.</summary>
public sealed class PartnersService(LinliDb db, AccessScope scope, UsersService users, AuditLog audit, TimeProvider clock)
{
    /// <summary>How far ahead an agreement's end shows as "expiring".</summary>
    public const int ExpiringDays = 30;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> RegisterAsync(NewPartner input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", Partner.MaxName);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        string? code = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode) && (code = CreditCode.Normalize(input.CreditCode)) is null) errors["creditCode"] = new("Partner.CreditCodeInvalid");
        else if (code is null && input.Kind is PartnerKind.SocialOrganization or PartnerKind.Foundation) errors["creditCode"] = new("Partner.CreditCodeRequired");
        var contact = errors.Text(input.ContactName, "contactName", Partner.MaxShort, required: false);
        // A mobile or an office line (028-85551234): digits only, kept as typed by the number's digits.
        var phone = PhoneNumbers.Normalize(input.ContactPhone) ?? "";
        if (phone.Length > 0 && !PhoneNumbers.IsValidMobile(phone) && phone.Length is < 7 or > 12) errors["contactPhone"] = new("Validation.Phone");
        var address = errors.Text(input.Address, "address", Partner.MaxText, required: false);
        var areas = errors.Text(input.Areas, "areas", Partner.MaxShort, required: false);
        var conditions = errors.Text(input.Conditions, "conditions", Partner.MaxText, required: false);
        if (input.AgreementFrom is { } from && input.AgreementTo is { } to && to < from) errors["agreementTo"] = new("Partner.AgreementEndsBeforeStart");
        var region = input.RegionId is { } regionId ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken) : null;
        if (region is null || region.Kind is not (RegionKind.District or RegionKind.Street or RegionKind.Community) || !scope.Covers(region.Path))
            errors["regionId"] = new("Partner.RegionNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (code is not null && await db.Set<Partner>().AnyAsync(p => p.CreditCode == code, cancellationToken))
            throw new ConflictException("Partner.CreditCodeTaken");

        var partner = new Partner(region!.Id, region.Path, name, input.Kind!.Value, code, scope.UserName ?? "", Now);
        partner.Describe(FieldChecks.OrNull(contact), FieldChecks.OrNull(phone), FieldChecks.OrNull(address), FieldChecks.OrNull(areas), input.AgreementFrom, input.AgreementTo, FieldChecks.OrNull(conditions));
        db.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.registered", "Partner", partner.Id.ToString(), $"region={partner.RegionId} kind={partner.Kind}", cancellationToken);
        return partner.Id;
    }

    public async Task<IReadOnlyList<PartnerLine>> ListAsync(PartnerKind? kind, string? area, CancellationToken cancellationToken)
    {
        var partners = db.Set<Partner>().AsNoTracking();
        if (kind is not null) partners = partners.Where(p => p.Kind == kind);
        if (!string.IsNullOrWhiteSpace(area)) partners = partners.Where(p => p.Areas != null && p.Areas.Contains(area.Trim()));
        var list = await partners.OrderBy(p => p.Status).ThenBy(p => p.Name).Take(500)
            .Select(p => new
            {
                Partner = p,
                Offers = db.Set<PartnerOffer>().Count(o => o.PartnerId == p.Id),
                Contributed = db.Set<Contribution>().Where(c => c.PartnerId == p.Id).Sum(c => (long?)c.ValueFen) ?? 0,
            })
            .ToListAsync(cancellationToken);
        var soon = ChinaTime.Today(clock).AddDays(ExpiringDays);
        return [.. list.Select(x => new PartnerLine(x.Partner.Id, x.Partner.Name, x.Partner.Kind, x.Partner.CreditCode, x.Partner.RegionId, x.Partner.Areas, x.Partner.Status,
            x.Partner.AgreementTo, x.Partner.AgreementTo is { } end && end <= soon && end >= ChinaTime.Today(clock), x.Offers, Money.Yuan(x.Contributed)))];
    }

    public async Task<PartnerDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var p = await FindAsync(id, cancellationToken);
        var offers = await db.Set<PartnerOffer>().AsNoTracking().Where(o => o.PartnerId == id).OrderBy(o => o.Id)
            .Select(o => new OfferView(o.Id, o.Kind, o.Description, o.Conditions)).ToListAsync(cancellationToken);
        var contributions = await db.Set<Contribution>().AsNoTracking().Where(c => c.PartnerId == id).OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Take(200)
            .ToListAsync(cancellationToken);
        var total = await db.Set<Contribution>().Where(c => c.PartnerId == id).SumAsync(c => (long?)c.ValueFen, cancellationToken) ?? 0;
        var linkages = await db.Set<Linkage>().AsNoTracking().Where(l => l.PartnerId == id).OrderByDescending(l => l.Id).Take(200).ToListAsync(cancellationToken);
        var accountIds = await db.Set<PartnerAccount>().Where(a => a.PartnerId == id).Select(a => a.UserId).ToListAsync(cancellationToken);
        var accounts = await db.Users.Where(u => accountIds.Contains(u.Id)).OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(cancellationToken);
        return new PartnerDetail(p.Id, p.Name, p.Kind, p.CreditCode, p.RegionId, p.ContactName, Mask.Phone(p.ContactPhone), p.Address, p.Areas, p.AgreementFrom, p.AgreementTo,
            p.Conditions, p.Status, offers, [.. contributions.Select(ContributionsService.View)], Money.Yuan(total), [.. linkages.Select(ContributionsService.View)], accounts);
    }

    public async Task<int> AddOfferAsync(int partnerId, NewOffer input, CancellationToken cancellationToken)
    {
        var partner = await FindAsync(partnerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var description = errors.Text(input.Description, "description", Partner.MaxText);
        var conditions = errors.Text(input.Conditions, "conditions", Partner.MaxText, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await EnsureManagesAsync(partner);
        var offer = new PartnerOffer(partner, input.Kind!.Value, description, FieldChecks.OrNull(conditions), Now);
        db.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.offer", "Partner", partnerId.ToString(), $"offer={offer.Id} kind={offer.Kind}", cancellationToken);
        return offer.Id;
    }

    /// <summary>A social organization's account: signs in to apply and report, and sees only its organization's grant records.</summary>
    public async Task<PartnerAccountCreated> CreateAccountAsync(int partnerId, NewPartnerAccount input, CancellationToken cancellationToken)
    {
        var partner = await FindAsync(partnerId, cancellationToken);
        await EnsureManagesAsync(partner);
        if (partner.Kind != PartnerKind.SocialOrganization) throw new ConflictException("Partner.AccountsForOrganizations");
        var errors = new Dictionary<string, FieldError>();
        var userName = errors.Text(input.UserName, "userName", 64);
        var display = errors.Text(input.DisplayName, "displayName", Partner.MaxName, required: false);
        if (string.IsNullOrEmpty(input.Password)) errors["password"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        // Two steps, as for a resident's account (UsersService commits its own transaction): an account whose link failed
        // signs in to an empty console, and sees nothing.
        var user = await users.CreateAsync(new NewUser(userName, input.Password!, display.Length == 0 ? partner.Name : display, [Roles.SocialOrganization], [], null),
            cancellationToken);
        db.Add(new PartnerAccount(user.Id, partner.Id, Now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("partner.account", "Partner", partnerId.ToString(), $"user={user.Id}", cancellationToken);
        return new PartnerAccountCreated(user.Id, user.UserName!);
    }

    internal async Task<Partner> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Partner>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Seen is not managed: a community sees its district's partners, only the region that registered one (or above) changes it.</summary>
    private Task EnsureManagesAsync(Partner partner) => scope.Covers(partner.RegionPath) ? Task.CompletedTask : throw new ForbiddenException();
}
