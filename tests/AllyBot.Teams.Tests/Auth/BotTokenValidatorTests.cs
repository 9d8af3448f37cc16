using AllyBot.Teams.Auth;
using AllyBot.Teams.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace AllyBot.Teams.Tests.Auth;

/// <summary>Every verdict of interop.md's table, plus key rotation, <c>alg: none</c> and missing tokens.</summary>
public sealed class BotTokenValidatorTests : IDisposable
{
    private const string Channel = "msteams";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly TestIssuer _issuer = new();
    private readonly SigningKeyCache _keys;
    private readonly BotTokenValidator _validator;

    public BotTokenValidatorTests()
    {
        var options = Options.Create(new TeamsOptions { AppId = TestIssuer.AppId, OpenIdMetadataUrl = TestIssuer.MetadataUrl });
        _keys = new SigningKeyCache(new FakeHttpClientFactory(_issuer.Handler), options, _clock, NullLogger<SigningKeyCache>.Instance);
        _validator = new BotTokenValidator(_keys, options, TestEnvironment.Production, _clock, NullLogger<BotTokenValidator>.Instance);
    }

    public void Dispose()
    {
        _issuer.Dispose();
        _keys.Dispose();
    }

    private Task<TokenVerdict> Validate(string token, string channelId = Channel, string serviceUrl = TestIssuer.ServiceUrl) =>
        _validator.ValidateAsync("Bearer " + token, channelId, serviceUrl);

    [Test]
    public async Task Validate_GoodToken_IsAccepted()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow())), Is.EqualTo(TokenVerdict.Accepted));
    }

    [Test]
    public async Task Validate_WrongAudience_IsInvalid()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), audience: "00000000-0000-0000-0000-000000000000")), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_WrongIssuer_IsInvalid()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_ServiceUrlClaimDiffersFromActivity_IsMismatch()
    {
        var token = _issuer.Mint(_clock.GetUtcNow());

        Assert.That(await Validate(token, serviceUrl: "https://attacker.example.com/"), Is.EqualTo(TokenVerdict.ServiceUrlMismatch));
    }

    [Test]
    public async Task Validate_NoServiceUrlClaim_IsMismatch()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), serviceUrl: null)), Is.EqualTo(TokenVerdict.ServiceUrlMismatch));
    }

    [Test]
    public async Task Validate_KeyNotEndorsedForChannel_IsNotEndorsed()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow()), channelId: "slack"), Is.EqualTo(TokenVerdict.NotEndorsed));
    }

    [Test]
    public async Task Validate_NoChannelId_PassesEndorsementsAsTheSdkDoes()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow()), channelId: ""), Is.EqualTo(TokenVerdict.Accepted));
    }

    [Test]
    public async Task Validate_ExpiredTenMinutesAgo_IsInvalid()
    {
        var token = _issuer.Mint(_clock.GetUtcNow(), expiresIn: TimeSpan.FromMinutes(-10));

        Assert.That(await Validate(token), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_ExpiredWithinFiveMinuteSkew_IsAccepted()
    {
        var token = _issuer.Mint(_clock.GetUtcNow(), expiresIn: TimeSpan.FromMinutes(-4));

        Assert.That(await Validate(token), Is.EqualTo(TokenVerdict.Accepted));
    }

    [Test]
    public async Task Validate_NotYetValidBeyondSkew_IsInvalid()
    {
        var token = _issuer.Mint(_clock.GetUtcNow(), expiresIn: TimeSpan.FromMinutes(66));

        Assert.That(await Validate(token), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [TestCase(SecurityAlgorithms.RsaSha384)]
    [TestCase(SecurityAlgorithms.RsaSha512)]
    public async Task Validate_OtherAllowedRsaAlgorithms_AreAccepted(string algorithm)
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), algorithm: algorithm)), Is.EqualTo(TokenVerdict.Accepted));
    }

    [Test]
    public async Task Validate_RsaPssAlgorithm_IsInvalid()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), algorithm: SecurityAlgorithms.RsaSsaPssSha256)), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_AlgNone_IsInvalid()
    {
        Assert.That(await Validate(TestIssuer.MintUnsigned(_clock.GetUtcNow())), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_SignedByUnpublishedKeyWithKnownKid_IsInvalid()
    {
        using var stranger = System.Security.Cryptography.RSA.Create(2048);

        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), key: stranger)), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_NoAuthorizationHeader_IsMissingToken()
    {
        Assert.That(await _validator.ValidateAsync(null, Channel, TestIssuer.ServiceUrl), Is.EqualTo(TokenVerdict.MissingToken));
        Assert.That(await _validator.ValidateAsync("Basic abc", Channel, TestIssuer.ServiceUrl), Is.EqualTo(TokenVerdict.MissingToken));
    }

    [Test]
    public async Task Validate_GarbageToken_IsInvalid()
    {
        Assert.That(await Validate("not.a.jwt"), Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Validate_UnknownKidAfterRotation_RefreshesKeysAndAccepts()
    {
        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow())), Is.EqualTo(TokenVerdict.Accepted));
        _issuer.AddKey("key-2", ["msteams"]);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow())), Is.EqualTo(TokenVerdict.Accepted));
        Assert.That(_issuer.KeyFetches, Is.EqualTo(2));
    }

    [Test]
    public async Task Validate_UnknownKidsInABurst_RefreshAtMostOncePerMinute()
    {
        await Validate(_issuer.Mint(_clock.GetUtcNow()));
        using var stranger = System.Security.Cryptography.RSA.Create(2048);

        for (var i = 0; i < 5; i++)
        {
            Assert.That(await Validate(_issuer.Mint(_clock.GetUtcNow(), key: stranger, kid: "unknown-" + i)), Is.EqualTo(TokenVerdict.InvalidToken));
        }

        Assert.That(_issuer.KeyFetches, Is.EqualTo(1));
    }

    [Test]
    public async Task Validate_KeysOlderThanADay_AreRefetched()
    {
        await Validate(_issuer.Mint(_clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromHours(25));

        await Validate(_issuer.Mint(_clock.GetUtcNow()));

        Assert.That(_issuer.KeyFetches, Is.EqualTo(2));
    }

    [Test]
    public async Task Authenticate_NoAppIdInDevelopment_AcceptsAnonymously()
    {
        var options = Options.Create(new TeamsOptions());
        var validator = new BotTokenValidator(_keys, options, TestEnvironment.Development, _clock, NullLogger<BotTokenValidator>.Instance);

        var caller = await validator.AuthenticateAsync(null);

        Assert.That(caller.Anonymous, Is.True);
        Assert.That(validator.Authorize(caller, Channel, "http://localhost:1234/"), Is.EqualTo(TokenVerdict.Accepted));
    }

    [Test]
    public async Task Authenticate_NoAppIdOutsideDevelopment_RefusesEvenGoodTokens()
    {
        var options = Options.Create(new TeamsOptions());
        var validator = new BotTokenValidator(_keys, options, TestEnvironment.Production, _clock, NullLogger<BotTokenValidator>.Instance);

        var caller = await validator.AuthenticateAsync("Bearer " + _issuer.Mint(_clock.GetUtcNow()));

        Assert.That(caller.Verdict, Is.EqualTo(TokenVerdict.InvalidToken));
    }

    [Test]
    public async Task Authenticate_MetadataUnreachable_IsKeysUnavailable()
    {
        var options = Options.Create(new TeamsOptions { AppId = TestIssuer.AppId, OpenIdMetadataUrl = "https://login.test/nothing-here" });
        using var keys = new SigningKeyCache(new FakeHttpClientFactory(_issuer.Handler), options, _clock, NullLogger<SigningKeyCache>.Instance);
        var validator = new BotTokenValidator(keys, options, TestEnvironment.Production, _clock, NullLogger<BotTokenValidator>.Instance);

        var caller = await validator.AuthenticateAsync("Bearer " + _issuer.Mint(_clock.GetUtcNow()));

        Assert.That(caller.Verdict, Is.EqualTo(TokenVerdict.KeysUnavailable));
    }
}
