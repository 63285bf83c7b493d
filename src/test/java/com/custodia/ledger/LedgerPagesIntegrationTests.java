package com.custodia.ledger;

import java.nio.charset.StandardCharsets;

import com.custodia.clients.ClientFixtures;
import com.custodia.support.CustodiaIntegrationTest;
import com.custodia.support.Login;
import com.custodia.support.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ledger pages: registering, a movement that waits, the checker's queue, and who may see and do what. */
@CustodiaIntegrationTest
class LedgerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientFixtures clients;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anRmRegistersPropertyALargeWithdrawalWaitsAndTheLeadApprovesIt() throws Exception {
		long team = this.accounts.team();
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		long client = this.clients.individual(rm, "台账页面测试");
		String location = this.mvc.perform(post("/clients/" + client + "/property/new").param("type", "DEPOSIT")
			.param("currency", "CNY").param("description", "三年期定期存款").param("custodian", "华信银行")
			.param("location", "上海分行").param("value", "3,000,000.00").with(csrf()).session(rmSession))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/properties/[0-9]+");
		assertThat(page(get(location).param("lang", "en"), rmSession)).contains("CNY 3,000,000.00").contains("Registration");

		String refused = page(post(location + "/movements").param("kind", "WITHDRAWAL").param("amount", "-5")
			.param("reason", "").param("lang", "en"), rmSession);
		assertThat(refused).contains("Please fill this in").contains("id=\"amount-errors\"");
		assertThat(page(post(location + "/movements").param("kind", "STATUS_CHANGE").param("reason", "质押")
			.param("lang", "en"), rmSession)).contains("id=\"newStatus-errors\"").contains("Choose the new status");
		assertThat(page(post(location + "/movements").param("kind", "REVALUATION").param("reason", "重估")
			.param("lang", "en"), rmSession)).contains("id=\"newValue-errors\"");
		assertThat(page(post(location + "/movements").param("kind", "DEPOSIT").param("amount", "10.123")
			.param("reason", "存入").param("lang", "en"), rmSession)).contains("Use at most 2 decimals");
		this.mvc.perform(post(location + "/movements").param("kind", "WITHDRAWAL").param("amount", "2,000,000")
			.param("reason", "客户购房支取").with(csrf()).session(rmSession)).andExpect(status().is3xxRedirection());
		assertThat(page(get(location).param("lang", "en"), rmSession)).contains("1 awaiting approval")
			.contains("CNY 3,000,000.00");
		assertThat(page(get("/clients/" + client + "/property").param("lang", "en"), rmSession))
			.contains("CNY 3,000,000.00");

		MockHttpSession leadSession = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		String queue = page(get("/ledger/approvals"), leadSession);
		assertThat(queue).contains("台账页面测试").contains("客户购房支取");
		long entry = this.jdbc.queryForObject("select e.id from ledger_entry e join ledger_property p on p.id = e.property_id "
				+ "where p.client_id = ? and e.state = 'PENDING'", Long.class, client);
		this.mvc.perform(post("/ledger/approvals/" + entry).param("decision", "approve").param("comment", "已核对指令")
			.with(csrf()).session(leadSession)).andExpect(status().is3xxRedirection());
		assertThat(page(get(location).param("lang", "en"), rmSession)).contains("CNY 1,000,000.00");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action in "
				+ "('PROPERTY_REGISTERED', 'MOVEMENT_SUBMITTED', 'MOVEMENT_APPROVED')", Long.class, client)).isEqualTo(3);
	}

	@Test
	void anRmTransfersBetweenTwoPropertiesOfTheClientAndFinanceReversesItWhole() throws Exception {
		long team = this.accounts.team();
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", team);
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		long client = this.clients.individual(rm, "转账页面测试");
		register(rmSession, client, "CASH", "转出现金账户", "华信银行");
		register(rmSession, client, "DEPOSIT", "转入定期存款", "华信银行");
		long from = this.jdbc.queryForObject("select id from ledger_property where client_id = ? and description = ?",
				Long.class, client, "转出现金账户");
		long to = this.jdbc.queryForObject("select id from ledger_property where client_id = ? and description = ?",
				Long.class, client, "转入定期存款");
		String toCode = this.jdbc.queryForObject("select code from ledger_property where id = ?", String.class, to);
		String form = page(get("/properties/" + from).param("lang", "en"), rmSession);
		assertThat(form).contains("Transfer out").contains("<option value=\"" + to + "\"");

		assertThat(page(post("/properties/" + from + "/movements").param("kind", "TRANSFER_OUT").param("amount", "300")
			.param("reason", "转存定期").param("lang", "en"), rmSession)).contains("id=\"toProperty-errors\"");
		this.mvc.perform(post("/properties/" + from + "/movements").param("kind", "TRANSFER_OUT").param("toProperty", "" + to)
			.param("amount", "300").param("reason", "转存定期").with(csrf()).session(rmSession))
			.andExpect(status().is3xxRedirection());
		String fromPage = page(get("/properties/" + from).param("lang", "en"), rmSession);
		assertThat(fromPage).contains("CNY 700.00").contains("to " + toCode);
		assertThat(page(get("/properties/" + to).param("lang", "en"), rmSession)).contains("CNY 1,300.00");

		MockHttpSession finance = Login.as(this.mvc, this.accounts.userWithSeededRole("FINANCE_OFFICER"));
		long in = this.jdbc.queryForObject("select id from ledger_entry where property_id = ? and kind = 'TRANSFER_IN'",
				Long.class, to);
		String noReason = page(post("/properties/" + to + "/entries/" + in + "/reversal").param("reason", " ")
			.param("lang", "en"), finance);
		assertThat(noReason).contains("id=\"reversal-error-" + in + "\"").contains("Please fill this in");
		this.mvc.perform(post("/properties/" + to + "/entries/" + in + "/reversal").param("reason", "转入账户选错")
			.with(csrf()).session(finance)).andExpect(status().is3xxRedirection());
		MockHttpSession lead = Login.as(this.mvc, this.accounts.userWithSeededRoleInTeam("TEAM_LEAD", team));
		String queue = page(get("/ledger/approvals").param("lang", "en"), lead);
		assertThat(queue.split("转入账户选错", -1)).as("the reversal is listed once for both halves").hasSize(2);
		assertThat(queue).contains("decided together");
		long reversal = this.jdbc.queryForObject("select min(e.id) from ledger_entry e join ledger_property p on p.id = "
				+ "e.property_id where p.client_id = ? and e.state = 'PENDING'", Long.class, client);
		String noComment = page(post("/ledger/approvals/" + reversal).param("decision", "reject").param("lang", "en"), lead);
		assertThat(noComment).contains("id=\"decision-error-" + reversal + "\"");
		this.mvc.perform(post("/ledger/approvals/" + reversal).param("decision", "approve").with(csrf()).session(lead))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/properties/" + from).param("lang", "en"), rmSession)).contains("CNY 1,000.00");
		assertThat(page(get("/properties/" + to).param("lang", "en"), rmSession)).contains("CNY 1,000.00");
	}

	@Test
	void propertyOutsideTheScopeIsNotFoundAndEachActionNeedsItsPermission() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "台账范围测试");
		MockHttpSession rmSession = Login.as(this.mvc, rm);
		String location = this.mvc.perform(post("/clients/" + client + "/property/new").param("type", "CASH")
			.param("currency", "CNY").param("description", "现金").param("custodian", "内部金库").param("location", "A1")
			.param("value", "100").with(csrf()).session(rmSession)).andReturn().getResponse().getRedirectedUrl();
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		expect(404, get(location), other);
		expect(404, get("/clients/" + client + "/property"), other);
		expect(404, post(location + "/movements").param("kind", "WITHDRAWAL").param("amount", "1").param("reason", "x"), other);
		MockHttpSession cs = Login.as(this.mvc, this.accounts.userWithSeededRole("CUSTOMER_SERVICE"));
		expect(403, get(location), cs);
		expect(403, get("/ledger/approvals"), rmSession);
		expect(404, get("/properties/999999999"), rmSession);
		assertThat(this.jdbc.queryForObject("select value from ledger_property where client_id = ?", java.math.BigDecimal.class,
				client)).isEqualByComparingTo("100");
	}

	@Test
	void aPropertysLabelCarriesItsCodeAsAQrCodeAndEachPrintIsAudited() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long client = this.clients.individual(rm, "标签测试");
		MockHttpSession session = Login.as(this.mvc, rm);
		String location = this.mvc.perform(post("/clients/" + client + "/property/new").param("type", "PHYSICAL_ITEM")
			.param("currency", "CNY").param("description", "青花瓷瓶").param("custodian", "内部金库").param("location", "B2-03")
			.param("value", "800000").param("quantity", "1").param("unit", "件").with(csrf()).session(session))
			.andReturn().getResponse().getRedirectedUrl();
		String code = this.jdbc.queryForObject("select code from ledger_property where client_id = ?", String.class, client);
		assertThat(page(get(location + "/label"), session)).contains(code).contains("青花瓷瓶");
		byte[] png = this.mvc.perform(get(location + "/label.png").session(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
				new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertThat(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText()).isEqualTo(code);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'PROPERTY_LABEL_PRINTED' "
				+ "and client_id = ?", Long.class, client)).isEqualTo(1);
		MockHttpSession other = Login.as(this.mvc,
				this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team()));
		expect(404, get(location + "/label.png"), other);
		expect(404, get(location + "/label"), other);
	}

	@Test
	void theListShowsOnlyPropertyInScopeFilteredAsAsked() throws Exception {
		String rm = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		String other = this.accounts.userWithSeededRoleInTeam("RELATIONSHIP_MANAGER", this.accounts.team());
		long mine = this.clients.individual(rm, "列表客户甲");
		long theirs = this.clients.individual(other, "列表客户乙");
		MockHttpSession session = Login.as(this.mvc, rm);
		register(session, mine, "DEPOSIT", "列表存款甲", "列表专用银行");
		register(session, mine, "STOCK", "列表股票甲", "列表专用券商");
		register(Login.as(this.mvc, other), theirs, "DEPOSIT", "列表存款乙", "列表专用银行");
		String all = page(get("/ledger/properties").param("custodian", "列表专用"), session);
		assertThat(all).contains("列表存款甲").contains("列表股票甲").doesNotContain("列表存款乙");
		String deposits = page(get("/ledger/properties").param("custodian", "列表专用").param("type", "DEPOSIT")
			.param("status", "NOT_A_STATUS"), session);
		assertThat(deposits).contains("列表存款甲").doesNotContain("列表股票甲");
		assertThat(page(get("/ledger/properties").param("custodian", "100%_\\"), session)).contains("id=\"custodian\"");
	}

	private void register(MockHttpSession session, long client, String type, String description, String custodian)
			throws Exception {
		this.mvc.perform(post("/clients/" + client + "/property/new").param("type", type).param("currency", "CNY")
			.param("description", description).param("custodian", custodian).param("location", "上海").param("value", "1000")
			.with(csrf()).session(session)).andExpect(status().is3xxRedirection());
	}

	private void expect(int status, MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().is(status));
	}

	private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return this.mvc.perform(request.with(csrf()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
