using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Identity;

public static class IdentityData
{
    public static void ConfigureIdentity(this ModelBuilder builder)
    {
        builder.Entity<LinliUser>(e =>
        {
            e.ToTable("platform_users");
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.PhoneNumber).IsSensitive();
            e.Property(u => u.PhoneLookup).HasMaxLength(64);
            e.HasIndex(u => u.PhoneLookup).IsUnique();
        });
        builder.Entity<IdentityRole>().ToTable("platform_roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("platform_user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("platform_user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("platform_user_logins");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("platform_role_claims");
        builder.Entity<IdentityUserToken<string>>().ToTable("platform_user_tokens");
        builder.Entity<UserSession>(e =>
        {
            e.ToTable("platform_user_sessions");
            e.Property(s => s.Id).HasMaxLength(32);
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(s => s.UserId);
            e.HasOne<LinliUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<UserRegion>(e =>
        {
            e.ToTable("platform_user_regions");
            e.HasKey(ur => new { ur.UserId, ur.RegionId });
            e.HasOne<LinliUser>().WithMany().HasForeignKey(ur => ur.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(ur => ur.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
