// Generated from the server's OpenAPI document by scripts/generate-api-client.ts — do not edit.
// Regenerate after changing a route: node --import tsx scripts/generate-api-client.ts
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查
         * @description 服务进程存活时返回 ok（不访问数据库；能否提供服务见 /readyz）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                        };
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录
         * @description 用户名和密码正确时设置 httpOnly 会话 Cookie xp_session。登录失败按“账号 + 来源地址”、来源地址、账号分别计数，超过免罚次数后须等待的时间逐次加倍，不会锁死账号；计数保存在数据库中，重启不清零。
         *
         *     权限：公开。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 用户名 */
                        username: string;
                        /** @description 密码 */
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description 会话最长有效期（另有空闲超时） */
                            expiresAt: string;
                            /** @description true：须先调用 POST /api/auth/password 修改口令，其他接口返回 403 */
                            mustChangePassword: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改本人口令
         * @description 核对当前口令后设置新口令。当前口令错误与登录失败一样计数并延迟。本账号的全部会话与 API 令牌随即失效，本次请求的浏览器获得新的会话 Cookie。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)、审计管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(全部)、金融机构(全部)、行业协会(全部)、检查人员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 当前口令 */
                        currentPassword: string;
                        /** @description 新口令：须符合口令策略（长度、字符类别、不含用户名、非常见弱口令、不与最近几次相同） */
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description 会话最长有效期（另有空闲超时） */
                            expiresAt: string;
                            /** @description true：须先调用 POST /api/auth/password 修改口令，其他接口返回 403 */
                            mustChangePassword: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录
         * @description 结束当前会话并清除会话 Cookie。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)、审计管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(全部)、金融机构(全部)、行业协会(全部)、检查人员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前账号
         * @description 返回本次请求所代表的账号。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)、审计管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(全部)、金融机构(全部)、行业协会(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 平台环境
         * @description isDemo 为 true 表示演示库：数据为生成的演示数据，演示账号口令公开，网页每页显示“演示环境”横幅。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Platform"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统一身份认证登录是否启用
         * @description 登录页据此显示“政务服务网统一身份认证登录”。refusals 为统一身份认证未能登录的原因（代码 → 中文说明），回调失败时浏览器被转到 /login?unifiedLoginRefusal=代码。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnifiedLoginStatus"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 开始统一身份认证登录
         * @description 浏览器访问：转到统一身份认证服务（OpenID Connect 授权码流程，PKCE、state、nonce 保存在服务端，浏览器只持有随机 Cookie）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统一身份认证回调
         * @description 统一身份认证服务把浏览器送回这里。企业（统一社会信用代码）已关联的直接登录，首次登录转到授权页；工作人员按系统管理员关联的统一身份标识登录。登录成功与账号口令登录设置同一会话 Cookie，审计记录 auth.logged_in（method: unified）；失败转到登录页并显示原因。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 授权码 */
                    code?: string;
                    state?: string;
                    /** @description 签发者（RFC 9207） */
                    iss?: string;
                    /** @description 统一身份认证服务返回的错误 */
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待授权的统一身份
         * @description 企业首次统一身份认证登录后，授权页显示的企业和将使用的信息（授权使用统一身份认证信息）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnifiedLoginConsent"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 授权使用统一身份认证信息
         * @description isAccepted 为 true：关联（无账号时创建）企业账号并登录，设置会话 Cookie；false：不创建账号，返回 403 及说明。
         *
         *     权限：公开。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 是否同意授权 */
                        isAccepted: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description 会话最长有效期（另有空闲超时） */
                            expiresAt: string;
                            mustChangePassword: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unified-identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统一身份关联列表
         * @description 已关联到本平台账号的政务服务网统一身份（工作人员由系统管理员关联，企业由本企业授权关联）。未启用统一身份认证时为空。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UnifiedIdentity"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unified-identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 关联工作人员的统一身份
         * @description 把工作人员的政务服务网统一身份标识（未关联时登录页会显示）关联到本账号；subject 为 null 解除关联。企业账号不在此关联。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一身份标识（OpenID Connect sub） */
                        subject: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            identity: components["schemas"]["UnifiedIdentity"] | null;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API 令牌列表
         * @description 本人的令牌；管理员可见全部。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 创建 API 令牌
         * @description 令牌明文只在本次响应中出现一次，平台只保存其摘要。调用时使用请求头 `Authorization: Bearer <令牌>`。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)；仅限登录会话（不接受 API 令牌）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 用途说明，如“市场监管局报送系统” */
                        name: string;
                        /**
                         * @description 权限，默认只读
                         * @default [
                         *       "read"
                         *     ]
                         */
                        scopes?: ("read" | "write")[];
                        /**
                         * Format: date-time
                         * @description 过期时间（ISO 8601），不填则长期有效直至吊销
                         */
                        expiresAt?: string;
                        /** @description 部门代码：管理员为该部门的系统创建令牌；部门账号的令牌总属于本部门 */
                        departmentCode?: string;
                        /** @description 只允许报送这些记录类别（代码或中文名称），须为该部门可报送的类别；不填为全部 */
                        recordKinds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description 令牌开头几位，用于辨认 */
                            prefix: string;
                            /** @description 所属账号用户名 */
                            owner: string;
                            scopes: ("read" | "write")[];
                            /** @description 部门令牌：以该部门的身份报送记录 */
                            departmentCode: string | null;
                            /** @description 可报送的记录类别代码；null 为该部门可报送的全部类别 */
                            recordKinds: string[] | null;
                            createdAt: string;
                            expiresAt: string | null;
                            revokedAt: string | null;
                            /** @description 最近使用时间（精确到分钟） */
                            lastUsedAt: string | null;
                            /** @description 令牌明文（仅显示这一次） */
                            token: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 吊销 API 令牌
         * @description 立即生效；重复吊销无副作用。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)。
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 账号列表
         * @description 权限：系统管理员(全部)、安全管理员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员 */
                    role?: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
                    /** @description 用户名或显示名称的一部分 */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["ListedUser"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 创建账号
         * @description 系统管理员创建业务角色的账号；管理员角色（系统、安全、审计管理员）只能由安全管理员调整角色授予，或在命令行创建。
         *
         *     权限：系统管理员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        /** @description 姓名或单位名称 */
                        displayName: string;
                        /**
                         * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
                         * @enum {string}
                         */
                        role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
                        /** @description 初始口令：须符合口令策略，账号首次登录时必须修改 */
                        password: string;
                        /** @description 数据报送单位账号必填：部门代码 */
                        departmentCode?: string | null;
                        /** @description 企业用户账号必填：统一社会信用代码 */
                        uscc?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改账号
         * @description 系统管理员：修改名称与绑定、停用/启用、重置口令；安全管理员：调整角色（及新角色所需的绑定）。不能停用自己或修改自己的角色。重置口令或调整角色后，该账号的全部会话与 API 令牌立即失效。
         *
         *     权限：系统管理员(全部)、安全管理员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /**
                         * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
                         * @enum {string}
                         */
                        role?: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
                        departmentCode?: string | null;
                        uscc?: string | null;
                        /** @description true 停用账号：其会话和令牌立即失效 */
                        disabled?: boolean;
                        /** @description 重置口令：账号的全部会话与令牌失效，下次登录须修改 */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/catalog/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用信息目录
         * @description 平台归集的每一类信用记录及其字段。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RecordKind"][];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 数据报送单位
         * @description 权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Department"][];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 科创企业梯次培育库的层级
         * @description 权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                label: string;
                                reference: string;
                            }[];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalog/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 国民经济行业分类（GB/T 4754-2017）的门类及常见大类
         * @description 权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                label: string;
                                /** @description 其下的大类 */
                                divisions: {
                                    code: string;
                                    label: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业列表
         * @description 按统一社会信用代码前缀或企业名称的一部分查找，可按信用等级、行业、科创层级、信用画像标签筛选，分页。企业用户只能看到本企业。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 统一社会信用代码前缀或名称关键词 */
                    q?: string;
                    /** @description 现行信用等级；none 为尚未评价 */
                    grade?: string;
                    /** @description 国民经济行业分类门类字母或大类代码，如 C、C39 */
                    industry?: string;
                    /** @description 科创层级代码（见 /api/catalog/tiers） */
                    tier?: string;
                    /** @description 信用画像标签代码（见 /api/profile-tags） */
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["EnterpriseListItem"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业详情
         * @description 名录信息，法定代表人已脱敏。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Enterprise"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业的信用记录
         * @description 当前状态，按决定日期倒序，分页；可按类别和状态筛选。个人信息已脱敏。数据报送单位只看到本部门报送的记录。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 记录类别代码（见 /api/catalog/kinds） */
                    kind?: string;
                    /** @description active 有效、revoked 已撤销、repaired 已修复、removed 已移出 */
                    status?: "active" | "revoked" | "repaired" | "removed";
                };
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["RecordSummary"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用记录详情与历史
         * @description 当前状态、全部历史版本及每个版本的来源。`reveal=true` 显示个人信息明文：仅数据所属部门可用，每次查看记入审计链。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 是否显示个人信息明文 */
                    reveal?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{code}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报送信用记录
         * @description 部门系统以 JSON 报送一批记录，校验、去重、幂等和来源记录与文件导入完全相同：同一决定重报即更正（保留旧版本），相同内容重报不产生变化。批次被拒绝时 status 为 rejected,errors 列出每条记录的字段与原因。
         *
         *     权限：数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 报送单位代码（见 /api/catalog/departments） */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 记录类别代码或中文名称（见 /api/catalog/kinds），如 administrative_penalty */
                        kind: string;
                        /**
                         * @description all-or-nothing 全部正确才入库（默认）；accept-valid 只入库正确的记录
                         * @default all-or-nothing
                         * @enum {string}
                         */
                        mode?: "all-or-nothing" | "accept-valid";
                        /** @description 每条记录一个对象，键为与报送文件相同的中文表头，如 {"行政相对人名称": "…", "处罚决定日期": "2024/5/20", …} */
                        records: {
                            [key: string]: (string | number) | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PushResult"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报送信用记录（v1，逐条回执）
         * @description 部门系统以 JSON 报送本部门各类别的记录，每条带幂等键。校验、去重、版本和来源与文件导入相同；每条独立接收或拒收，应答即回执：已接收的附记录编号与版本，未接收的附行号、字段与原因。令牌限定了记录类别时，其他类别逐条拒收。
         *
         *     权限：数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 报送单位代码（见 /api/catalog/departments） */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 本次报送的记录，每次最多 5000 条；每条独立接收或拒收 */
                        rows: {
                            /** @description 幂等键：部门系统为每条记录给出的唯一标识（如业务系统主键+版本）；已接收的键再次报送不会重复入库 */
                            idempotencyKey: string;
                            /** @description 记录类别代码或中文名称（见 /api/catalog/kinds），如 administrative_penalty */
                            kind: string;
                            /** @description 键为与报送文件相同的中文表头，如 {"行政相对人名称": "…", "处罚决定日期": "2024/5/20", …} */
                            record: {
                                [key: string]: (string | number) | null;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PushReceipt"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报送回执列表
         * @description 本部门的历次报送（新的在前）：时间、报送账号、接收与未接收条数。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path: {
                    /** @description 报送单位代码（见 /api/catalog/departments） */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PushReceiptSummary"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 报送回执
         * @description 一次报送的回执：逐条的接收结果（记录编号与版本）或未接收的行号、字段与原因。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 报送单位代码（见 /api/catalog/departments） */
                    code: string;
                    /** @description 回执编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PushReceipt"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 签发企业信用报告
         * @description 按评价轨迹生成并签发信用报告（JSON、可打印的 HTML 或 PDF），每次请求签发一份带编号与验证码的报告并记入审计链。管理员、审核员与企业本身可获取完整版；数据报送单位与检查人员仅可获取公示版；金融机构、行业协会仅限推送给本机构的名单中的企业（公示版）或经企业授权查询的企业（完整版）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description json（默认）、html（可打印的网页）或 pdf */
                    format?: "json" | "html" | "pdf";
                    /** @description full 完整版、public 公示版；默认为当前账号可获取的最完整版本 */
                    audience?: "full" | "public";
                    /** @description 评价基准日，默认为签发当天 */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 信用报告 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditReport"];
                        "text/html": string;
                        "application/pdf": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 核验信用报告
         * @description 公开核验：按报告编号与验证码确认报告是否由本平台签发、所属企业、签发日期与信用等级，不提供其他任何信息。可同时给出报告上印的等级（grade）一并核对。编号不存在与验证码不符的回答相同。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query: {
                    /** @description 验证码 */
                    code: string;
                    /** @description 报告上印的信用等级（可选） */
                    grade?: string;
                };
                header?: never;
                path: {
                    /** @description 报告编号 */
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportVerification"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传附件
         * @description 上传自主申报、异议、信用修复的证明材料或检查人员的现场照片（PDF、JPG、PNG，按文件内容判断类型，大小有上限），按内容摘要加密存储；附件不通过接口回传。附件归属上传的企业：申请中只能引用本企业上传的附件。
         *
         *     权限：企业用户(仅本企业)、检查人员(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description 文件内容（Base64） */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string;
                            mediaType: string;
                            sizeBytes: number;
                            fileName: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载附件
         * @description 以附件形式下载证明材料，类型为上传时按内容识别的类型（PDF、JPG、PNG），不会以可执行或网页类型返回。企业只能下载本企业上传的材料；审核人员只能下载申请中附带、且由申请企业上传的材料。不存在与无权查看的附件答复相同。
         *
         *     权限：审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 附件 SHA-256 */
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件内容 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 自主申报列表
         * @description 权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 按状态筛选 */
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkflowCase"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 提交自主申报
         * @description 企业申报荣誉表彰、专业资质或其他正面信息（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（二）项），字段与报送文件的中文表头相同，企业名称与代码取自账号。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 信息类别代码：honor 荣誉表彰、qualification 专业资质，或其他正面类别 */
                        kind: string;
                        /** @description 按中文表头填写的字段，如 {"荣誉名称": "…"} */
                        fields: {
                            [key: string]: (string | number) | null;
                        };
                        /** @default [] */
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            uscc: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/declarations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核自主申报
         * @description 受理（accept）、通过（approve，转为信用记录并重新评价）或驳回（reject，须填写理由并告知企业）。两名审核员同时处理同一申报时，只有一个成功，另一个得到 409。
         *
         *     权限：审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "approve" | "reject";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDecision"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用修复申请列表（含审核时限提示）
         * @description 权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 按状态筛选 */
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RepairApplication"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 申请信用修复
         * @description 对本企业已过最短公示期的失信记录申请修复，附纠正行为、履行义务的证明，并作出修复型信用承诺（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项）。未到可修复日期的申请被拒绝，并告知可申请的日期。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recordId: number;
                        /** @description 纠正失信行为、履行义务的情况 */
                        correction: string;
                        /** @default [] */
                        attachments?: string[];
                        /** @description 是否作出修复型信用承诺（必须为 true） */
                        acceptsCommitment: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            commitmentId: number;
                            uscc: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repairs/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核信用修复申请
         * @description 受理（accept）、准予修复（approve：记录标为已修复，停止公示、共享和使用，重新评价）或不予修复（reject，须说明理由）。
         *
         *     权限：审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "approve" | "reject";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDecision"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 异议申请列表（含办结时限提示）
         * @description 权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 按状态筛选 */
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Objection"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 提出异议（信用复评（核）申请）
         * @description 对本企业的信用记录或评价结果提出异议，附理由与佐证材料（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项）；须在信息归集或评价之日起的申请期限内提出。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recordId?: number;
                        evaluationId?: number;
                        reason: string;
                        /** @default [] */
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            uscc: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/objections/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处理异议
         * @description 受理（accept，开始计算办结时限）、更正记录（correct）、撤销记录（revoke）、重新评价（reevaluate）或维持原结果（uphold）；除受理外须说明理由，结果告知企业。
         *
         *     权限：数据报送单位(仅本部门)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "correct" | "revoke" | "reevaluate" | "uphold";
                        reason?: string;
                        /** @description 更正后的字段值（按目录字段键） */
                        corrections?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDecision"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitment-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用承诺清单
         * @description 可承诺办理的审批事项、不实行承诺制的事项及原因、容缺受理与告知承诺要求的评价等级、各类承诺书的现行文本（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（二）（五）项）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommitmentList"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用承诺列表
         * @description 企业看本企业的承诺，数据报送单位看向本部门作出的承诺；可按状态、企业名称或代码、签署日期查找，分页返回（新签署的在前）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 按状态筛选 */
                    state?: string;
                    /** @description 每页条数（1–200，默认 100） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 企业名称（包含此文字）或统一社会信用代码（以此开头） */
                    q?: string;
                    /** @description 签署日期起 YYYY-MM-DD（含当日） */
                    signedFrom?: string;
                    /** @description 签署日期止 YYYY-MM-DD（含当日） */
                    signedTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的承诺总数 */
                            total: number;
                            items: components["schemas"]["WorkflowCase"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 作出信用承诺
         * @description 企业向某一部门作出信用承诺（审批替代型须指定清单中的事项）；签署时记录承诺书文本的版本号与摘要，此后文本修改不影响已作出的承诺。修复型承诺随信用修复申请一并作出。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 承诺类型
                         * @enum {string}
                         */
                        commitmentType: "审批替代型" | "主动公示型" | "行业自律型" | "修复型";
                        /** @description 承诺对象部门代码（负责核查） */
                        departmentCode: string;
                        /** @description 审批替代型：信用承诺清单中的事项代码 */
                        itemCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            textVersion: string;
                            uscc: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitments/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核查信用承诺
         * @description 承诺对象部门（或审核员）根据投诉举报、随机抽查、专项治理等核查结果，将承诺标为已履行（keep）或未履行（break，可认定为虚假承诺 isFalse），须说明核查情况。结果记为信用承诺记录（履约状态 已履行/未履行）并立即重新评价企业。同一承诺只能核查一次，两人同时核查时只有一个成功，另一个得到 409。
         *
         *     权限：数据报送单位(仅本部门)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "keep" | "break";
                        /** @description 核查依据与结果 */
                        evidence: string;
                        /** @description 是否为虚假承诺 */
                        isFalse?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkflowDecision"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/commitment-items/{code}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询企业能否适用容缺受理、告知承诺
         * @description 按企业当前评价等级与信用承诺清单，回答该企业办理某事项时能否适用容缺受理、告知承诺，并给出依据。数据报送单位只能查询本部门办理的事项。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query: {
                    /** @description 企业统一社会信用代码 */
                    uscc: string;
                };
                header?: never;
                path: {
                    /** @description 信用承诺清单中的事项代码 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CommitmentEligibility"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repair-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用修复提示函列表
         * @description 本企业收到的信用修复提示函：每条有修复途径的失信信息归集时一并送达（“两书同达”，《洪山区营商环境改进提升行动任务措施》第一部分第（五）项），写明可申请修复的日期与方式。
         *
         *     权限：企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            items: components["schemas"]["RepairNotice"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/repair-notices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载信用修复提示函（PDF）
         * @description 按送达时记录的内容生成 A4 PDF（内嵌中文字体），以附件形式下载。
         *
         *     权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 信用修复提示函 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业消息
         * @description 本企业的消息：新记录（含信用修复提示函）、评价等级变化、申请的处理结果、办理时限等，最新的在前，分页。
         *
         *     权限：企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description true：只看未读消息 */
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            total: number;
                            /** @description 未读消息数 */
                            unread: number;
                            items: components["schemas"]["InboxMessage"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 标记消息已读
         * @description 权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 本次标为已读的条数（已读过的为 0） */
                            updated: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全部标记已读
         * @description 权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作人员提醒
         * @description 发给工作人员的提醒，最新的在前：审核员收到即将到期或已超期的异议、信用修复申请（按工作日计算）；数据报送单位只收到发给本部门的（企呼我应督办、重点任务到期、惠企政策新增符合条件企业等）；管理员可查看全部。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: components["schemas"]["StaffMessage"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/grade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业当前信用等级
         * @description 轻量查询：当前等级、得分、评价基准日与模型版本。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseGrade"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业当前评价及评价轨迹
         * @description 当前评价的得分、等级与完整轨迹（各指标取值、得分、权重、计入的记录与读取的参数），按存档评价的输入重算并以指纹核对。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationTrace"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 拉取共享事件（增量）
         * @description 返回游标之后的事件（按编号升序），只含本账号订阅的事件类型（未订阅时为全部类型）且有权查看的企业：金融机构、行业协会仅限推送给本机构的名单中或已授权本机构查询的企业。下次请求带上返回的 nextCursor 即可续取，不会遗漏也不会重复。每次都附带最新的审计链签名检查点（checkpoint，尚未签发时为 null）：保存后可用 xinping audit verify --expect-head 文件 核对平台的审计链未被改写或截短。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 上次返回的 nextCursor；首次为 0 */
                    cursor?: number;
                    /** @description 最多返回条数（1–1000，默认 100） */
                    limit?: number;
                    /** @description 只要这些类型（逗号分隔），默认为本账号订阅的类型 */
                    types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: components["schemas"]["SharedEvent"][];
                            nextCursor: number;
                            hasMore: boolean;
                            /** @description 最新的审计链签名检查点；尚未签发时为 null */
                            checkpoint: components["schemas"]["AuditCheckpoint"] | null;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared-enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共享给本机构的企业及其信用等级
         * @description 推送给本机构的名单中、或授权本机构查询（截止日前且未撤回）的企业，附当前信用等级、得分与评价基准日，以及共享的途径。按企业名称排序，可用 q 按名称或统一社会信用代码查找。
         *
         *     权限：金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 企业名称关键词或统一社会信用代码前缀 */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["SharedEnterprise"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 共享订阅列表
         * @description 本账号的订阅及 Webhook 投递统计；管理员可见全部。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Subscription"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 登记共享订阅
         * @description Webhook 订阅返回签名密钥（仅此一次）。平台以 POST 推送 JSON，请求头 X-Xinping-Timestamp、X-Xinping-Event-Id 与 X-Xinping-Signature: sha256=HMAC-SHA256（密钥， 时间戳 + "." + 请求体）；失败按指数退避重试，至少送达一次，接收方按事件编号去重。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 订阅名称，如“信贷系统等级变动” */
                        name: string;
                        eventTypes: ("grade_changed" | "negative_record" | "record_repaired" | "list_updated")[];
                        /** @enum {string} */
                        delivery: "webhook" | "pull";
                        /** @description Webhook 接收地址（http 或 https） */
                        url?: string;
                        /** @description Webhook 每次请求最多携带的事件数（默认 1，逐条推送；大于 1 时以批量格式推送，见 docs/integration.md） */
                        batchSize?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            owner: string;
                            /** @description 订阅机构或账号名称 */
                            ownerName: string;
                            name: string;
                            eventTypes: ("grade_changed" | "negative_record" | "record_repaired" | "list_updated")[];
                            eventTypeLabels: string[];
                            /**
                             * @description webhook 签名推送；pull 通过 /api/feed 拉取
                             * @enum {string}
                             */
                            delivery: "webhook" | "pull";
                            url: string | null;
                            /** @description Webhook 每次请求最多携带的事件数；1 为逐条推送 */
                            batchSize: number;
                            active: boolean;
                            createdAt: string;
                            /** @description Webhook 投递：待投递（含重试）、已送达、已放弃 */
                            deliveries: {
                                pending: number;
                                delivered: number;
                                failed: number;
                            } | null;
                            /** @description Webhook 签名密钥（仅显示这一次）；pull 订阅为空 */
                            secret: string | null;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 取消共享订阅
         * @description 此后不再投递；他人的订阅视为不存在。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本人)、金融机构(仅本人)、行业协会(仅本人)。
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upward/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 向上共享概况
         * @description 各状态的条数（待报送、已报送待回执、已确认、被退回）、接收地址与最近 30 天的签名日包。
         *
         *     权限：系统管理员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpwardSummary"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upward/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 向上共享批次与回执
         * @description 报送批次，新的在前：状态、尝试次数、失败原因、省级平台回执编号及确认、退回条数。
         *
         *     权限：系统管理员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["UpwardBatch"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upward/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 向上共享明细
         * @description 逐条明细（按发生顺序），可按批次和状态筛选；被退回的附省级平台给出的理由。
         *
         *     权限：系统管理员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 批次编号 */
                    batchId?: number;
                    /** @description pending 待报送、sent 已报送待回执、acknowledged 已确认、rejected 被退回 */
                    status?: "pending" | "sent" | "acknowledged" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["UpwardItem"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/upward/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 立即执行一轮向上共享
         * @description 把新的记录版本和评价结果列入待报送，为已结束而未打包的日期生成签名日包，并推送待报送批次（与定时任务相同，可重复执行，不会重复报送）。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enqueued: number;
                            packagedDays: string[];
                            push: {
                                isConfigured: boolean;
                                batchesCreated: number;
                                batchesDelivered: number;
                                acknowledged: number;
                                rejected: number;
                                sentWithoutReceipt: number;
                                failure: string | null;
                            };
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本人的通知渠道
         * @description 站内消息始终送达；短信、电子邮件由本人自愿开通。已登记的手机号码和邮箱只以脱敏形式返回。
         *
         *     权限：企业用户(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationChannels"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 设置本人的通知渠道
         * @description 开通或关闭短信、邮件通知，登记或更换手机号码、电子邮箱（不填则保留已登记的，填空字符串则删除）。号码与邮箱加密存储（默认国密 SM4），只显示脱敏形式；开通的渠道须有登记的地址。
         *
         *     权限：企业用户(仅本人)。
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isSmsEnabled: boolean;
                        isEmailEnabled: boolean;
                        /** @description 中国大陆手机号码 */
                        phone?: string;
                        /** @description 电子邮箱 */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationChannels"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 短信与邮件发送记录
         * @description 企业通知的短信、邮件发送记录，新的在前，可按状态和渠道筛选：尝试次数、下次尝试时间、最近一次失败原因；收件地址脱敏显示。
         *
         *     权限：系统管理员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description queued 待发送（含失败后等待重试）、sent 已发送、failed 多次尝试后发送失败 */
                    status?: "queued" | "sent" | "failed";
                    channel?: "sms" | "email";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["NotificationDelivery"][];
                            counts: {
                                queued: number;
                                sent: number;
                                failed: number;
                            };
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业授权查询列表
         * @description 企业看到本企业作出的授权，金融机构看到授予本机构的授权，管理员可见全部。
         *
         *     权限：系统管理员(全部)、企业用户(仅本企业)、金融机构(仅本人)、行业协会(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EnterpriseAuthorization"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 授权金融机构查询本企业
         * @description 企业授权查询：被授权账号在截止日前可查看本企业的信用等级、评价轨迹与完整版信用报告，并接收本企业的共享事件。可随时撤回。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 金融机构或行业协会的账号名 */
                        grantee: string;
                        /** @description 授权截止日 */
                        validUntil: string;
                        /** @description 授权用途，如“贷款审批” */
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseAuthorization"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authorizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤回查询授权
         * @description 立即生效；只能撤回本企业作出的授权。
         *
         *     权限：企业用户(仅本企业)。
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared-lists/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 向金融机构或行业协会推送名单
         * @description 如知识产权质押融资白名单（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（七）项）：接收方此后可查看名单中的企业，并收到 list_updated 事件。已在名单中的企业不重复推送。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 名单代码，如 ip-pledge-whitelist */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 名单名称，如“知识产权质押融资白名单” */
                        label: string;
                        /** @description 接收方账号名 */
                        recipient: string;
                        usccs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            alreadyListed: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用激励与约束措施目录
         * @description 按信用等级实施的措施及其适用场景、依据。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: components["schemas"]["DishonestyCategory"][];
                            scenes: {
                                code: string;
                                label: string;
                                reference: string;
                            }[];
                            measures: components["schemas"]["CreditMeasure"][];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业在某场景适用的措施（资源挂接）
         * @description 按企业当前信用等级及所属失信类别（严重失信主体名单、一般失信，以公示期内的记录判定）返回该场景适用的激励或约束措施、依据与触发依据；严重失信主体不适用的激励措施列于 withheld。每次查询与答复均记入审计日志。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、金融机构(仅推送或授权的企业)、行业协会(仅推送或授权的企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query: {
                    /** @description 场景代码，如 administrative_approval 行政审批 */
                    scene: string;
                };
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            name: string;
                            grade: string | null;
                            scene: string;
                            sceneLabel: string;
                            /** @description 判定失信类别的日期 */
                            asOf: string;
                            /** @description 企业所属的失信类别 */
                            categories: components["schemas"]["EnterpriseDishonestyCategory"][];
                            measures: components["schemas"]["ApplicableCreditMeasure"][];
                            /** @description 因失信类别而不适用的激励措施 */
                            withheld: {
                                code: string;
                                label: string;
                                category: string;
                                categoryLabel: string;
                            }[];
                            /** @description 记录本次答复的审计事件序号 */
                            auditSeq: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 措施实施反馈列表
         * @description 按实施日期倒序，最多 1000 条；数据报送单位只看本部门的反馈。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看某部门的反馈（部门代码）；数据报送单位只能是本部门 */
                    department?: string;
                    /** @description 只看某项措施（措施代码） */
                    measure?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MeasureFeedback"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 反馈措施实施情况
         * @description 部门反馈对某企业实施（或未实施）某项激励或约束措施：措施、企业、实施日期、结果、说明；记入审计日志。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 措施代码（GET /api/measures 所列措施的 code） */
                        measure: string;
                        /** @description 企业统一社会信用代码 */
                        uscc: string;
                        /** @description 实施部门代码；数据报送单位只能为本部门反馈，可省略 */
                        departmentCode?: string;
                        /**
                         * Format: date
                         * @description 实施日期 YYYY-MM-DD
                         */
                        appliedOn: string;
                        /**
                         * @description applied 已实施；not_applied 未实施（须说明原因）
                         * @enum {string}
                         */
                        result: "applied" | "not_applied";
                        /** @description 说明 */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            measure: string;
                            measureLabel: string;
                            uscc: string;
                            name: string;
                            departmentCode: string;
                            appliedOn: string;
                            /** @enum {string} */
                            result: "applied" | "not_applied";
                            resultLabel: string;
                            note: string | null;
                            /** @description 记录本次反馈的审计事件序号 */
                            auditSeq: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 各项措施的应用与反馈统计
         * @description 按措施统计：资源挂接答复中适用该措施的次数（全部部门），部门反馈次数、其中已实施与未实施次数、涉及企业数（数据报送单位只统计本部门的反馈）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看某部门的反馈（部门代码）；数据报送单位只能是本部门 */
                    department?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MeasureUse"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/feedback.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出措施实施反馈（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看某部门的反馈（部门代码）；数据报送单位只能是本部门 */
                    department?: string;
                    /** @description 只看某项措施（措施代码） */
                    measure?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 措施实施反馈 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分级分类监管：各风险分类的抽查比例与频次
         * @description 按市场监管企业信用风险分类（A–D）的抽查比例区间与检查频次，及“免打扰”名单规则（标明是否为本地示例）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            effectiveFrom: string;
                            reference: string;
                            /** @description 依据（文件名称与条款） */
                            referenceText: string;
                            /** @description 为真时，比例与频次为他地公开示例，尚待本区正式确定 */
                            isLocalExample: boolean;
                            classes: {
                                class: string;
                                label: string;
                                ratio: {
                                    min: number;
                                    max: number;
                                    default: number;
                                };
                                checksPerYear: string;
                                maxChecksPerYear: number | null;
                            }[];
                            /** @description 风险分类的来源：市场监管部门（samrDepartments）的计划按市场监管部门的企业信用风险分类，无分类时按平台等级；其他部门按平台等级对应的分类 */
                            riskClassSource: {
                                samrRecordKind: string;
                                samrDepartments: string[];
                                fallback: string;
                                reference: string;
                                /** @description 依据（文件名称与条款） */
                                referenceText: string;
                            };
                            unratedClass: string;
                            noDisturb: {
                                reference: string;
                                /** @description 依据（文件名称与条款） */
                                referenceText: string;
                                grades: string[];
                                noActiveNegativeRecords: boolean;
                                noOpenObjection: boolean;
                                noOpenRepair: boolean;
                                /** @description 名单内企业不参加双随机摇号 */
                                isExcludedFromRandomDraw: boolean;
                            };
                            /** @description 检查方式：双随机与非随机检查（投诉举报、转办交办、专项检查、风险预警） */
                            inspectionTypes: {
                                code: string;
                                isRandom: boolean;
                                basisField: string | null;
                                /** @description 非随机检查须填写的依据 */
                                basisLabel: string | null;
                                mayTargetNoDisturb: boolean;
                                obeysYearlyLimit: boolean;
                                mayJoinJointVisit: boolean;
                                reference: string;
                            }[];
                            /** @description 各检查结果的后续处理：写入的记录、名录列入建议、后续任务 */
                            inspectionOutcomes: {
                                outcome: string;
                                record: string;
                                listingProposal: {
                                    kind: string;
                                    subtype: string;
                                    department: string;
                                } | null;
                                followUp: string | null;
                                reference: string;
                            }[];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/no-disturb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * “免打扰”企业名单
         * @description 当前等级为无风险等级、无仍在公示期内的负面记录、无未办结异议与修复申请的企业。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["NoDisturbEnterprise"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/no-disturb.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出“免打扰”企业名单（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description “免打扰”企业名单 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/class-disagreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 市场监管风险分类与平台信用等级不一致的企业
         * @description 市场监管部门导入的企业信用风险分类（最新一次）与平台信用等级对应的风险分类不同的企业，列出两者及其日期。市场监管部门的抽查计划按其自己的分类，其他部门按平台信用等级对应的分类。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RiskClassDisagreement"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/supervision/class-disagreements.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出风险分类与信用等级不一致的企业（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 风险分类与信用等级不一致的企业 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 抽查计划列表
         * @description 权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InspectionPlan"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 创建双随机抽查计划
         * @description 设定抽查范围、各风险分类抽查比例与检查人员名录；随机种子随计划公布（未给出时由平台生成）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 实施部门代码；数据报送单位只能为本部门创建，可省略 */
                        departmentCode?: string;
                        title: string;
                        seed?: string;
                        scope?: {
                            /** @description 行业代码前缀 */
                            industryPrefix?: string;
                            /** @description 梯次培育库层级 */
                            tier?: string;
                        };
                        /** @description 各风险分类的抽查比例（0–1），如 {"A":0.05,"D":0.8}；未给出的分类取该分类的默认比例（GET /api/supervision/classes 各分类的 ratio.default） */
                        ratios?: {
                            [key: string]: number;
                        };
                        /** @description 检查人员账号 */
                        inspectors: string[];
                        /** @description 每户检查人员数（默认 2；不能多于检查人员名录的人数） */
                        inspectorsPerVisit?: number;
                        /** @description 检查事项 */
                        checkItems?: string;
                        /** @description 检查依据 */
                        legalBasis?: string;
                        /**
                         * Format: date
                         * @description 检查期间：开始日期 YYYY-MM-DD
                         */
                        startsOn?: string;
                        /**
                         * Format: date
                         * @description 检查期间：截止日期 YYYY-MM-DD
                         */
                        dueOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionPlan"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 抽查计划详情（含摇号输入与抽中企业）
         * @description 权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            departmentCode: string;
                            title: string;
                            /** @description 随计划公布的随机种子 */
                            seed: string;
                            scope: {
                                industryPrefix?: string;
                                tier?: string;
                            };
                            ratios: {
                                [key: string]: number;
                            };
                            /** @description 检查人员名录（账号） */
                            inspectors: string[];
                            /** @description 检查人员姓名（与 inspectors 顺序相同） */
                            inspectorNames: string[];
                            inspectorsPerVisit: number;
                            /** @description planned 待摇号；drawn 已摇号；published 结果已公示 */
                            state: string;
                            /** @description 摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算 */
                            drawInputs: unknown;
                            /** @description 摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源） */
                            drawBasisTexts: {
                                yearlyLimit: string | null;
                                riskClasses: string | null;
                            } | null;
                            /** @description 创建人账号 */
                            createdBy: string;
                            /** @description 创建人姓名 */
                            createdByName: string;
                            /** @description 检查事项 */
                            checkItems: string | null;
                            /** @description 检查依据 */
                            legalBasis: string | null;
                            /** @description 检查期间：开始日期 */
                            startsOn: string | null;
                            /** @description 检查期间：截止日期（过期未录入结果即逾期） */
                            dueOn: string | null;
                            /** @description 检查方式：双随机、投诉举报、转办交办、专项检查、风险预警 */
                            inspectionType: string;
                            /** @description 非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null */
                            basis: {
                                [key: string]: string;
                            } | null;
                            visits: components["schemas"]["InspectionVisit"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 摇号
         * @description 按公布的种子与方法随机抽取企业并匹配检查人员（回避有利害关系的检查人员）；每个计划只摇一次。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            departmentCode: string;
                            title: string;
                            /** @description 随计划公布的随机种子 */
                            seed: string;
                            scope: {
                                industryPrefix?: string;
                                tier?: string;
                            };
                            ratios: {
                                [key: string]: number;
                            };
                            /** @description 检查人员名录（账号） */
                            inspectors: string[];
                            /** @description 检查人员姓名（与 inspectors 顺序相同） */
                            inspectorNames: string[];
                            inspectorsPerVisit: number;
                            /** @description planned 待摇号；drawn 已摇号；published 结果已公示 */
                            state: string;
                            /** @description 摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算 */
                            drawInputs: unknown;
                            /** @description 摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源） */
                            drawBasisTexts: {
                                yearlyLimit: string | null;
                                riskClasses: string | null;
                            } | null;
                            /** @description 创建人账号 */
                            createdBy: string;
                            /** @description 创建人姓名 */
                            createdByName: string;
                            /** @description 检查事项 */
                            checkItems: string | null;
                            /** @description 检查依据 */
                            legalBasis: string | null;
                            /** @description 检查期间：开始日期 */
                            startsOn: string | null;
                            /** @description 检查期间：截止日期（过期未录入结果即逾期） */
                            dueOn: string | null;
                            /** @description 检查方式：双随机、投诉举报、转办交办、专项检查、风险预警 */
                            inspectionType: string;
                            /** @description 非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null */
                            basis: {
                                [key: string]: string;
                            } | null;
                            visits: components["schemas"]["InspectionVisit"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}/visits.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出抽查计划的抽中企业与结果（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 抽中企业与检查结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 公示抽查结果并记入信用记录
         * @description 已录入的检查结果在公示栏公开（一公开），并作为“抽查检查结果”记录写入企业信用记录。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            published: number;
                            batchId: number | null;
                            /** @description 按检查结果开出的后续事项（名录列入建议、后续任务）数 */
                            followUps: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targeted-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记非随机检查（投诉举报、转办交办、专项检查、风险预警）
         * @description 对一户企业的针对性检查，须记录依据：投诉举报填企呼我应受理编号，转办交办填文书编号，专项检查填专项名称，风险预警填预警信号。可检查“免打扰”名单内企业；专项检查受每年检查次数上限约束（上限见 GET /api/supervision/classes）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 实施部门代码；数据报送单位只能为本部门登记，可省略 */
                        departmentCode?: string;
                        /** @description 检查方式：投诉举报、转办交办、专项检查、风险预警 */
                        inspectionType: string;
                        /** @description 被检查企业的统一社会信用代码 */
                        uscc: string;
                        /** @description 检查依据（随检查方式而定） */
                        basis: string;
                        title?: string;
                        /** @description 检查人员账号 */
                        inspectors: string[];
                        /** @description 检查人员数（默认 2；不能多于所列检查人员） */
                        inspectorsPerVisit?: number;
                        /** @description 检查事项 */
                        checkItems?: string;
                        /** @description 检查的法律依据 */
                        legalBasis?: string;
                        /** Format: date */
                        startsOn?: string;
                        /** Format: date */
                        dueOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            departmentCode: string;
                            title: string;
                            /** @description 随计划公布的随机种子 */
                            seed: string;
                            scope: {
                                industryPrefix?: string;
                                tier?: string;
                            };
                            ratios: {
                                [key: string]: number;
                            };
                            /** @description 检查人员名录（账号） */
                            inspectors: string[];
                            /** @description 检查人员姓名（与 inspectors 顺序相同） */
                            inspectorNames: string[];
                            inspectorsPerVisit: number;
                            /** @description planned 待摇号；drawn 已摇号；published 结果已公示 */
                            state: string;
                            /** @description 摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算 */
                            drawInputs: unknown;
                            /** @description 摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源） */
                            drawBasisTexts: {
                                yearlyLimit: string | null;
                                riskClasses: string | null;
                            } | null;
                            /** @description 创建人账号 */
                            createdBy: string;
                            /** @description 创建人姓名 */
                            createdByName: string;
                            /** @description 检查事项 */
                            checkItems: string | null;
                            /** @description 检查依据 */
                            legalBasis: string | null;
                            /** @description 检查期间：开始日期 */
                            startsOn: string | null;
                            /** @description 检查期间：截止日期（过期未录入结果即逾期） */
                            dueOn: string | null;
                            /** @description 检查方式：双随机、投诉举报、转办交办、专项检查、风险预警 */
                            inspectionType: string;
                            /** @description 非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null */
                            basis: {
                                [key: string]: string;
                            } | null;
                            visitId: number;
                            /** @description 被检查企业当时是否在“免打扰”名单内 */
                            isNoDisturb: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查后续事项（名录列入建议与后续任务）
         * @description 检查结果公示后，按结果开出的后续事项（如列入经营异常名录的建议、复查整改）；部门只看到本部门应办理的事项。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "confirmed" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InspectionFollowUp"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-follow-ups/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 确认或驳回名录列入建议
         * @description 作出决定的部门（经营异常名录为区市场监管局）确认后，列入记录写入企业信用记录并重新评价该企业；驳回须填写理由。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description confirm 确认列入；reject 驳回
                         * @enum {string}
                         */
                        action: "confirm" | "reject";
                        /** @description 驳回理由（驳回时必填） */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectionFollowUp"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/joint-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合并后的检查清单（每户一次）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query: {
                    /** @description 以逗号分隔的计划编号，如 3,4 */
                    planIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                uscc: string;
                                name: string;
                                planIds: number[];
                                jointVisitId: number | null;
                                inspectors: string[];
                                /** @description 检查人员姓名（与 inspectors 顺序相同） */
                                inspectorNames: string[];
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 合并多部门抽查（综合查一次）
         * @description 对同一企业被多个已摇号计划抽中的，合并为一次联合检查。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        planIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                uscc: string;
                                planIds: number[];
                                inspectors: string[];
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/joint-visits.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出合并后的检查清单（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query: {
                    /** @description 以逗号分隔的计划编号，如 3,4 */
                    planIds: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 合并后的检查清单 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查任务列表
         * @description 检查人员只看到分配给本人的任务。
         *
         *     权限：系统管理员(全部)、检查人员(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InspectionVisit"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-visits/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 录入检查结果
         * @description 权限：检查人员(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "未发现问题" | "发现问题已责令改正" | "发现问题待后续处理" | "通过登记的住所（经营场所）无法联系" | "未发现开展本次抽查涉及的经营活动" | "不配合检查";
                        findings?: string;
                        /**
                         * Format: date
                         * @description 检查日期 YYYY-MM-DD
                         */
                        inspectedOn: string;
                        /**
                         * @description 现场照片：本人通过 /api/attachments 上传的附件 SHA-256
                         * @default []
                         */
                        photos?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/inspection-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 抽查结果公示（一公开）
         * @description 已公示的双随机抽查结果。可按统一社会信用代码筛选。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    uscc?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PublicInspectionResult"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/inspection-results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出抽查结果公示（Excel）
         * @description 权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 抽查结果公示 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 知识产权质押融资白名单（现行一期）
         * @description 拥有有效发明专利、信用等级达标、无公示期内严重失信等排除记录的企业，按推介次序排列（信用等级由高到低、有效发明专利由多到少）。金融机构只看到推送给本机构、尚未撤回的企业。可用 generationId 查看以往各期，用 q 按企业名称或代码查找。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、金融机构(仅推送或授权的企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 名单期次（默认现行一期） */
                    generationId?: number;
                    /** @description 企业名称关键词或统一社会信用代码前缀 */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["WhitelistEntry"][];
                            generation: components["schemas"]["WhitelistGeneration"] | null;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出知识产权质押融资白名单（Excel）
         * @description 现行一期（或 generationId 指定的一期）的全部入选企业；金融机构只含推送给本机构的企业。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、金融机构(仅推送或授权的企业)。
         */
        get: {
            parameters: {
                query?: {
                    generationId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 知识产权质押融资白名单 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 白名单各期生成记录
         * @description 每期的基准日、生成方式、规则摘要、各项计数与推送对象，新的在前。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WhitelistGeneration"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 立即生成一期白名单并推送
         * @description 不等定期生成，按现行规则、当前信用等级与信用记录生成一期名单并推送给金融机构；不再入选的企业从各机构名单中撤回。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 名单基准日 YYYY-MM-DD（默认今天，不能晚于今天）
                         */
                        asOf?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generation: components["schemas"]["WhitelistGeneration"];
                            pushes: {
                                recipient: string;
                                isRecipient: boolean;
                                added: number;
                                withdrawn: number;
                            }[];
                            /** @description 有效发明专利达标但未入选的企业及原因 */
                            exclusions: {
                                uscc: string;
                                reasons: string[];
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist/applicant-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查询贷款申请企业的知识产权与信用信息
         * @description 金融机构报送向本机构申请贷款的企业（一次最多 500 家），逐家返回有效专利、有效发明专利、已质押专利、有效商标、公示期内的知识产权相关负面记录、经营异常名录状态、是否在现行白名单中；代码无效或不在企业名录中的，在该行给出错误（行号与原因），不影响其他行。申请企业向本机构申请了贷款，故可查询任一登记企业的上述依法公开的信息；信用等级只对推送给本机构或已授权本机构查询（企业授权查询）的企业提供。每次查询均留存并记入审计。
         *
         *     权限：金融机构(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 统一社会信用代码列表 */
                        usccs: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApplicantLookup"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist/applicant-lookups/{id}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出申请企业查询结果（Excel）
         * @description 金融机构只能导出本机构的查询。
         *
         *     权限：系统管理员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 申请企业查询结果 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 贷款报送列表
         * @description 金融机构只看到本机构的报送；信用办看到全部，可按机构筛选。可按状态、借款企业或业务编号查找。按放款日期新的在前。
         *
         *     权限：系统管理员(全部)、审核员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 只看这家金融机构（账号名）；金融机构只能填本机构 */
                    bank?: string;
                    /** @description 只看此状态：active 有效；withdrawn 已撤回 */
                    status?: "active" | "withdrawn";
                    /** @description 借款企业名称关键词、统一社会信用代码前缀或本机构业务编号 */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["Loan"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 报送知识产权质押贷款
         * @description 金融机构回报已发放的贷款（双向推送）：借款企业、金额（万元）、放款日期、期限、质押专利号、本机构业务编号（本机构内唯一）。字段有误时逐项说明。
         *
         *     权限：金融机构(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 借款企业统一社会信用代码 */
                        uscc: string;
                        /** @description 贷款金额（万元），大于 0，最多两位小数 */
                        amountWan: number;
                        /** @description 放款日期 YYYY-MM-DD，不晚于今天 */
                        grantedOn: string;
                        /** @description 贷款期限（月），整数 */
                        termMonths: number;
                        /** @description 质押的专利号（可选） */
                        pledgedPatentNumbers?: string[];
                        /** @description 本机构贷款业务编号，本机构内唯一 */
                        bankReference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loan: components["schemas"]["Loan"];
                            /** @description 不影响保存的提示，如平台没有所报质押专利的记录 */
                            warnings: string[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 更正贷款报送
         * @description 只能更正本机构的报送；原报送作为历史版本保留。已撤回的报送不能更正。
         *
         *     权限：金融机构(仅本人)。
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 借款企业统一社会信用代码 */
                        uscc: string;
                        /** @description 贷款金额（万元），大于 0，最多两位小数 */
                        amountWan: number;
                        /** @description 放款日期 YYYY-MM-DD，不晚于今天 */
                        grantedOn: string;
                        /** @description 贷款期限（月），整数 */
                        termMonths: number;
                        /** @description 质押的专利号（可选） */
                        pledgedPatentNumbers?: string[];
                        /** @description 本机构贷款业务编号，本机构内唯一 */
                        bankReference: string;
                        /** @description 更正原因 */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            loan: components["schemas"]["Loan"];
                            /** @description 不影响保存的提示，如平台没有所报质押专利的记录 */
                            warnings: string[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回贷款报送
         * @description 只能撤回本机构的报送；撤回后不再计入转化统计，报送记录保留。
         *
         *     权限：金融机构(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 撤回原因 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Loan"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/loans.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出贷款报送（Excel）
         * @description 金融机构只含本机构的报送。
         *
         *     权限：系统管理员(全部)、审核员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看这家金融机构（账号名）；金融机构只能填本机构 */
                    bank?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 贷款报送 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 白名单转化统计
         * @description 按名单期次与金融机构：推送企业、获贷企业、贷款笔数、金额、转化率（获贷企业 ÷ 推送企业）；按月份与金融机构：贷款笔数、企业、金额及其中白名单企业的部分。只计有效（未撤回）的报送。金融机构只看到本机构的行；信用办可按机构筛选。
         *
         *     权限：系统管理员(全部)、审核员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看这家金融机构（账号名）；金融机构只能填本机构 */
                    bank?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WhitelistConversionStats"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/whitelist/stats.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出白名单转化统计（Excel）
         * @description 两张表：按名单期次、按月份。
         *
         *     权限：系统管理员(全部)、审核员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 只看这家金融机构（账号名）；金融机构只能填本机构 */
                    bank?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 白名单转化统计 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit-index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用指数：按月序列
         * @description 华容区科创企业信用指数（基期 = 100），按全区、行政区划、行业门类/大类、梯次培育库层级分组。已结算月份冻结不变，本月为暂定值；企业少于最小分组数的分组不公布。编制方法见 /api/credit-index/method。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 分组维度：district 全区（默认）、region 行政区划、industry_section 行业门类、industry_division 行业大类、tier 梯次培育库层级 */
                    dimension?: "district" | "region" | "industry_section" | "industry_division" | "tier";
                    /** @description 只看一个分组（分组代码，如 420703、C、C39、high_tech）；不填为该维度全部分组 */
                    group?: string;
                    /** @description 起始月份（默认：最早的已结算月份与基期中较早者） */
                    from?: string;
                    /** @description 截止月份（默认：本月） */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditIndexSeries"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit-index/method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用指数：编制方法
         * @description 指数的编制说明全文、全部参数及其依据、方法摘要。方法摘要是决定数值的参数（公式版本、基期、分项权重与等级、取整位数、最小分组数、分组维度）的 SHA-256 摘要，说明文字的修订不改变它；每个指数值都带着计算它的方法摘要，与此处的摘要相同即按此处公布的参数计算。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditIndexMethod"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/credit-index.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出信用指数（Excel）
         * @description 与 /api/credit-index 相同的查询条件；第一个工作表为指数数值，第二个工作表为编制方法与参数。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 分组维度：district 全区（默认）、region 行政区划、industry_section 行业门类、industry_division 行业大类、tier 梯次培育库层级 */
                    dimension?: "district" | "region" | "industry_section" | "industry_division" | "tier";
                    /** @description 只看一个分组（分组代码，如 420703、C、C39、high_tech）；不填为该维度全部分组 */
                    group?: string;
                    /** @description 起始月份（默认：最早的已结算月份与基期中较早者） */
                    from?: string;
                    /** @description 截止月份（默认：本月） */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 信用指数及其编制方法 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grades/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用等级分布
         * @description 全区企业当前信用等级（各企业最新一次评价）的分布，按现行模型的等级表排列，并给出尚未评价的企业数。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["GradeDistribution"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载报送模板（Excel）
         * @description 某类记录的空白报送文件：第一张表为该类记录的表头（行政许可、行政处罚为国家“双公示”标准表头），“填写说明”表列出每列是否必填、填写格式与可选值。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 记录类别代码 */
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 报送模板 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传报送文件并预览
         * @description 上传 Excel(.xlsx)、CSV 或 JSON 报送文件（不超过 20 MB），按导入规则逐行校验但不入库，返回表头对应、每处错误（行、列、原因）与前 10 行。数据报送单位只能为本部门上传；平台管理员须指定报送单位。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 文件名（含扩展名，据此判断格式） */
                        fileName: string;
                        /** @description 文件内容（Base64） */
                        contentBase64: string;
                        /** @description 报送单位代码（数据报送单位可省略，即本部门） */
                        departmentCode?: string;
                        /** @description 记录类别代码或名称（省略则按表头识别） */
                        kind?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看上传文件的预览
         * @description 上传后 24 小时内可再次查看其预览。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 上传编号 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/uploads/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交入库
         * @description 把已预览的文件作为一个批次入库（一个事务；入库后重新评价涉及的企业），立即返回导入任务，用“查看导入进度”轮询。all-or-nothing：全部正确才入库，有错则整批拒收；accept-valid：只入库正确的行，错误行写入拒收文件（含“错误原因”列）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 上传编号 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 入库方式
                         * @default all-or-nothing
                         * @enum {string}
                         */
                        mode?: "all-or-nothing" | "accept-valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看导入进度
         * @description 导入任务的进度与结果。单进程部署中任务记录保存在服务进程中，重启后以导入批次记录为准；多实例部署（PostgreSQL 任务队列）中导入由工作进程执行，任何实例都能查到进度与结果。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 导入任务编号 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导入批次记录
         * @description 全部导入批次（文件导入、接口推送、演示数据），最新的在前。数据报送单位只能看到本部门的批次。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 报送单位代码 */
                    departmentCode?: string;
                    /** @description 批次状态 */
                    status?: "open" | "committed" | "rejected" | "interrupted";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["ImportBatch"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/batches/{id}/rejections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载拒收文件
         * @description 网页导入的批次中未入库的行，格式与原文件相同，末列为“错误原因”；改正后可直接重新上传。个人信息（如证件号码）仅对报送该批次的部门显示明文，其他用户（含平台管理员）下载的文件中为遮蔽形式；每次下载记入审计。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 批次编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 拒收文件 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 惠企政策目录（免申即享）
         * @description 各项政策的兑现部门、依据、有效期、享受内容与享受条件（条件以中文逐条列出；标明是否为本地示例）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可享受政策的企业登记状态 */
                            operatingStatuses: string[];
                            items: components["schemas"]["Policy"][];
                        };
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{code}/eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 符合政策条件的企业（分页）
         * @description 按基准日的最新数据逐户判断，列出符合条件的企业及每个条件所依据的事实（按统一社会信用代码排序），并附匹配运行记录的首次符合与通知日期。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 基准日 YYYY-MM-DD（默认今天） */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description 政策代码 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PolicyEligibleEnterprise"][];
                            policy: components["schemas"]["Policy"];
                            asOf: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{code}/eligible.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出符合政策条件的企业（Excel）
         * @description 全部符合条件的企业及依据；每次导出记入审计日志（谁、何时、哪项政策、多少家）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 基准日 YYYY-MM-DD（默认今天） */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description 政策代码 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 符合政策条件的企业 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业可享受的惠企政策
         * @description 逐项政策判断企业是否符合条件：符合的列出依据，不符合的说明第一个未满足的条件。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 基准日 YYYY-MM-DD（默认今天） */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            name: string;
                            grade: string | null;
                            asOf: string;
                            items: {
                                policy: components["schemas"]["Policy"];
                                qualifies: boolean;
                                /** @description 符合的依据 */
                                reasons: string[];
                                /** @description 不符合的原因 */
                                whyNot: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/checkup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用体检：哪些信息影响得分最多
         * @description 逐项试算：每条仍在公示的失信信息完成信用修复、每项可补充的信息（如高新技术企业认定、研发投入）取得后，得分与等级会怎样；只列能提高得分的，按提高多少排序。试算不保存。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckupOverview"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/checkup/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 信用体检：试算选定的变化
         * @description 同时试算选定的几项变化（修复某条记录、补上某项信息），返回得分、等级与变化的指标；用现行模型版本计算，标明为试算，不保存为评价结果，也不改变任何记录。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 试算项目 */
                        changes: components["schemas"]["CheckupChangeInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckupSimulation"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 惠企政策兑现事项
         * @description 每次符合政策条件（一段连续符合期）为一件兑现事项，最新的在前，分页。兑现部门只看本部门兑现的政策，企业只看本企业的。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 只看此政策（政策代码） */
                    policy?: string;
                    /** @description 只看此状态：matched 已匹配、notified 已告知企业、confirmed 企业已确认、approved 已审核同意、paid 已兑现、refused 不予兑现 */
                    state?: "matched" | "notified" | "confirmed" | "approved" | "paid" | "refused";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PolicyPayout"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-payouts/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理惠企政策兑现
         * @description 操作：confirm 确认申请、approve 审核同意、pay 登记兑现、refuse 不予兑现。企业只能确认即申即享政策的申请；兑现部门审核同意、登记兑现（金额与日期）或不予兑现（须说明理由）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 操作：confirm 确认申请、approve 审核同意、pay 登记兑现、refuse 不予兑现
                         * @enum {string}
                         */
                        action: "confirm" | "approve" | "pay" | "refuse";
                        /** @description 办理人看到的版本号，防止两人同时办理 */
                        version?: number;
                        /** @description 兑现金额（元），登记兑现时必填 */
                        amount?: number;
                        /**
                         * Format: date
                         * @description 兑现日期 YYYY-MM-DD，登记兑现时必填
                         */
                        paidOn?: string;
                        /** @description 不予兑现的理由 */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyPayout"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-payouts/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 惠企政策兑现统计
         * @description 逐项政策：兑现事项总数（已匹配）、各状态件数、已兑现金额，以及自符合条件到兑现的平均与最长天数。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                policyCode: string;
                                policyName: string;
                                departmentName: string;
                                modeLabel: string;
                                /** @description 兑现事项总数 */
                                matched: number;
                                notified: number;
                                confirmed: number;
                                approved: number;
                                paid: number;
                                refused: number;
                                /** @description 已兑现金额（元） */
                                amountPaid: number;
                                /** @description 自符合条件到兑现的平均天数 */
                                meanDaysToPay: number | null;
                                /** @description 最长天数 */
                                maxDaysToPay: number | null;
                            }[];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用画像标签
         * @description 标签及其含义、依据，以及最近一次刷新时带各标签的企业数。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 最近一次刷新的基准日（尚未刷新为空） */
                            refreshedAsOf: string | null;
                            items: components["schemas"]["ProfileTag"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{uscc}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业信用画像
         * @description 按现有数据即时计算企业的信用画像标签，每个标签列出含义、依据和所依据的事实。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(仅本企业)、检查人员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 基准日 YYYY-MM-DD（默认今天） */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description 统一社会信用代码 */
                    uscc: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uscc: string;
                            name: string;
                            grade: string | null;
                            asOf: string;
                            tags: components["schemas"]["EnterpriseTag"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 孵化载体名录
         * @description 全区孵化载体：运营机构、级别、面积、在孵企业数与入驻率、在孵企业信用等级分布、最近一次年度评价名次。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: components["schemas"]["IncubatorSummary"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 孵化载体详情
         * @description 在孵与已迁出企业（入驻、迁出日期）、等级分布、季度趋势、风险企业与历年评价结果。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 孵化载体代码 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncubatorDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubators/{code}/tenancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记往期入驻
         * @description 登记一段已结束的入驻（如已毕业的企业）：入驻日期、迁出日期与原因（graduated 毕业、moved_out 迁出）；与该企业其他入驻期间重叠的不予登记。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 孵化载体代码 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 企业统一社会信用代码 */
                        uscc: string;
                        /**
                         * Format: date
                         * @description 入驻日期 YYYY-MM-DD
                         */
                        enteredOn: string;
                        /**
                         * Format: date
                         * @description 迁出日期 YYYY-MM-DD
                         */
                        exitedOn: string;
                        /**
                         * @description 迁出原因：graduated 毕业、moved_out 迁出
                         * @enum {string}
                         */
                        exitReason: "graduated" | "moved_out";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncubatorTenancy"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubator-tenancies/{id}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记企业毕业或迁出
         * @description 结束一段在孵期间；企业登记信息中的孵化载体随之清空。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 迁出日期 YYYY-MM-DD
                         */
                        exitedOn: string;
                        /**
                         * @description 迁出原因：graduated 毕业、moved_out 迁出
                         * @enum {string}
                         */
                        exitReason: "graduated" | "moved_out";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncubatorTenancy"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubator-evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 孵化载体年度评价：已评价年度
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                year: number;
                                /** @description 最近一次计算 */
                                runNumber: number;
                            }[];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 计算孵化载体年度评价
         * @description 按孵化载体年度评价模型的指标与权重计算一个年度的评价并存档（该年度的下一次计算），返回排名与逐项指标明细。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 评价年度 */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncubatorRanking"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubator-evaluations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 孵化载体年度评价排名
         * @description 已存档的一次计算（默认最近一次）：总排名、分组排名、奖励名次与逐项指标明细（值、得分、权重、数据来源、依据）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 第几次计算（默认最近一次） */
                    run?: number;
                };
                header?: never;
                path: {
                    /** @description 评价年度 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncubatorRanking"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incubator-evaluations/{year}/ranking.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出孵化载体年度评价排名（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 第几次计算（默认最近一次） */
                    run?: number;
                };
                header?: never;
                path: {
                    /** @description 评价年度 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 孵化载体年度评价排名 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合作金融机构的贷款产品
         * @description 各金融机构的融资产品及其准入条件（最低信用等级、发明专利件数、担保方式等）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)、企业用户(全部)、金融机构(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FinancingProduct"][];
                            /** @description 需求可提供的担保方式 */
                            collaterals: {
                                code: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 融资需求
         * @description 最新的在前，分页；企业只看本企业的。每项需求附与每个产品的比对及机构的回应与结果。
         *
         *     权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["FinancingNeed"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 发布融资需求
         * @description 按当日的信用等级、梯次培育库层级与有效发明专利与每个产品的准入条件比对。只有同意共享信用信息的需求才推送给匹配的金融机构。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 融资金额（万元） */
                        amountWan: number;
                        /** @description 融资期限（月） */
                        termMonths: number;
                        /** @description 资金用途 */
                        purpose: string;
                        /**
                         * @description 可提供的担保方式（代码）
                         * @default []
                         */
                        collaterals?: string[];
                        /** @description 同意向匹配的金融机构共享本企业的信用信息（可随时撤回） */
                        hasConsent: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingNeed"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一项融资需求
         * @description 与每个产品的比对（为什么符合或不符合）、机构的回应与结果。
         *
         *     权限：系统管理员(全部)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingNeed"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/needs/{id}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更改融资需求的共享同意或撤回需求
         * @description 撤回同意后金融机构不再看到该需求；撤回的需求不能恢复。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 同意或撤回共享信用信息 */
                        hasConsent?: boolean;
                        /** @description 撤回需求 */
                        withdraw?: boolean;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingNeed"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 推送给金融机构的融资需求
         * @description 符合本机构产品准入条件、企业同意共享信用信息且仍在对接中的需求，最新的在前；信用办看全部机构的。
         *
         *     权限：系统管理员(全部)、审核员(全部)、金融机构(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["FinancingBankMatch"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/matches/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 回应融资需求
         * @description 有意向，或不予受理（须说明理由，理由告知企业）。
         *
         *     权限：金融机构(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        answer: "interested" | "declined";
                        /** @description 不予受理的理由 */
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingBankMatch"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/matches/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 反馈融资对接结果
         * @description 已放款：同时作为本机构的贷款报送（与“贷款反馈”相同的校验）；未放款：须说明原因。
         *
         *     权限：金融机构(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "granted" | "refused";
                        /** @description 未放款的原因 */
                        reason?: string;
                        /** @description 贷款金额（万元） */
                        amountWan?: number;
                        /** @description 放款日期 YYYY-MM-DD */
                        grantedOn?: string;
                        /** @description 贷款期限（月），默认为需求期限 */
                        termMonths?: number;
                        /** @description 本机构贷款业务编号 */
                        bankReference?: string;
                        pledgedPatentNumbers?: string[];
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            match: components["schemas"]["FinancingBankMatch"];
                            warnings: string[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 融资对接漏斗
         * @description 需求 → 回应 → 放款，按金融机构与产品。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingFunnel"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/funnel.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出融资对接漏斗（Excel）
         * @description 两张表：按产品、按金融机构。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 融资对接漏斗 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 融资专场
         * @description 最近的在前，附参加企业、金融机构与对接结果。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["FinancingEvent"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 创建融资专场
         * @description 名称、举办日期、地点，参加企业（统一社会信用代码）与参加金融机构（账号）。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @description 举办日期 YYYY-MM-DD */
                        heldOn: string;
                        venue?: string;
                        /** @default [] */
                        enterprises?: string[];
                        /** @default [] */
                        banks?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingEvent"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/financing/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一场融资专场
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancingEvent"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspector-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 检查人员回避关系列表
         * @description 检查人员只看到本人的回避关系。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、检查人员(仅本人)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 按检查人员筛选 */
                    inspector?: string;
                    /** @description 按企业筛选 */
                    uscc?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InspectorConflict"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 登记检查人员回避关系
         * @description 检查人员与企业存在利害关系（近亲属任职、曾在该企业任职、办理过其案件等）时登记，此后摇号不会派该检查人员检查该企业。检查人员只能为本人登记；须写明事由。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、检查人员(仅本人)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 检查人员账号；检查人员本人登记时可省略 */
                        inspector?: string;
                        /** @description 企业统一社会信用代码 */
                        uscc: string;
                        /** @description 回避事由 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InspectorConflict"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * 撤销检查人员回避关系
         * @description 登记有误或利害关系已消除时撤销，须写明理由；撤销记入审计日志。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)。
         */
        delete: {
            parameters: {
                query: {
                    /** @description 检查人员账号 */
                    inspector: string;
                    /** @description 企业统一社会信用代码 */
                    uscc: string;
                    /** @description 撤销理由 */
                    reason: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求列表
         * @description 最新的在前，可按状态、类别、承办部门、提交月份、是否超期、是否督办、是否列入督查筛选。访客手机号码只显示脱敏形式。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    state?: "submitted" | "accepted" | "in_progress" | "answered" | "rectifying" | "rated" | "closed";
                    /** @description 诉求类别：policy 政策、approval 审批、financing 融资、credit 信用、enforcement 执法、utilities 水电气等公用事业、other 其他 */
                    category?: "policy" | "approval" | "financing" | "credit" | "enforcement" | "utilities" | "other";
                    departmentCode?: string;
                    /** @description 提交月份 */
                    month?: string;
                    /** @description true：只看超期未答复的 */
                    overdue?: "true" | "false";
                    /** @description true：只看被督办过的 */
                    escalated?: "true" | "false";
                    /** @description true：只看不满意办结、列入督查的 */
                    supervision?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["EnterpriseRequest"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 提交诉求或投诉（企呼我应）
         * @description 企业账号为本企业提交；未登录访客须填写中国大陆手机号码（加密存储，列表中只显示脱敏号码），凭返回的查询码和手机号码查询进度、评价答复，每个网络地址每小时提交次数有上限。按诉求类别与所涉事项的分办规则分至承办部门，答复时限按工作日计算。信用类诉求指明了本企业的信用记录（recordId）或评价结果（evaluationId）的，即为异议，直接答复并引导至异议申请（objectionHint）。附件先通过 /api/attachments 上传（仅企业账号）。
         *
         *     权限：企业用户(仅本企业)、公众（未登录）(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description request 诉求、complaint 投诉
                         * @default request
                         * @enum {string}
                         */
                        requestType?: "request" | "complaint";
                        /**
                         * @description 诉求类别：policy 政策、approval 审批、financing 融资、credit 信用、enforcement 执法、utilities 水电气等公用事业、other 其他
                         * @enum {string}
                         */
                        category: "policy" | "approval" | "financing" | "credit" | "enforcement" | "utilities" | "other";
                        title: string;
                        /** @description 诉求内容 */
                        body: string;
                        /** @default [] */
                        attachments?: string[];
                        /** @description 访客的手机号码（未登录时必填） */
                        phone?: string;
                        /** @description 信用类诉求：所涉本企业信用记录编号 */
                        recordId?: number;
                        /** @description 信用类诉求：所涉本企业评价结果编号 */
                        evaluationId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description 查询码：未登录提交的，凭查询码和手机号码查询进度、评价答复 */
                            trackingCode: string;
                            state: string;
                            /** @description 企业账号提交时为本企业代码 */
                            uscc: string | null;
                            departmentCode: string;
                            departmentName: string;
                            routingExplanation: string;
                            dueOn: string;
                            /** @description 节假日日历是否覆盖该时限 */
                            isDeadlineCovered: boolean;
                            /** @description 信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections） */
                            objectionHint: {
                                message: string;
                                /** @enum {string} */
                                path: "/api/objections";
                                recordId: number | null;
                                evaluationId: number | null;
                            } | null;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求办理提醒
         * @description 分办、转办、差评整改、超期督办、列入督查等提醒：数据报送单位看发给本部门的，平台管理员看全部。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["StaffReminder"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求分析研判（按月）
         * @description 按提交月份、承办部门与诉求类别统计：诉求量、平均与中位响应时间（工作日）、超期率、各评价等级分布与满意率（《洪山区营商环境改进提升行动任务措施》结尾段“分析研判”）。数据报送单位只能看本部门。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 起始月份（含），默认为截至月份前 5 个月 */
                    from?: string;
                    /** @description 截至月份（含），默认为本月 */
                    to?: string;
                    /** @description 只看一个承办部门（数据报送单位只能看本部门） */
                    departmentCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestAnalysis"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/analysis.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出诉求分析研判（Excel）
         * @description 按月汇总、按部门、按类别、部门与类别四张工作表，另附统计口径。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 起始月份（含），默认为截至月份前 5 个月 */
                    from?: string;
                    /** @description 截至月份（含），默认为本月 */
                    to?: string;
                    /** @description 只看一个承办部门（数据报送单位只能看本部门） */
                    departmentCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 诉求分析研判 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 凭查询码查询诉求进度
         * @description 未登录提交的诉求，凭查询码和提交时的手机号码查看办理进度与答复；查询码或手机号码不符时一律答复“未找到”。每个网络地址每小时查询次数有上限。
         *
         *     权限：公开。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 提交时获得的查询码（QH 开头） */
                        trackingCode: string;
                        /** @description 提交时填写的手机号码 */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseRequestDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/track/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 凭查询码评价答复（好差评）
         * @description 未登录提交的诉求答复后，凭查询码和手机号码评价。首次评价为不满意或非常不满意的，诉求重新交承办部门整改；整改后仍不满意的，按不满意办结并列入督查。差评须说明原因。
         *
         *     权限：公开。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 提交时获得的查询码（QH 开头） */
                        trackingCode: string;
                        /** @description 提交时填写的手机号码 */
                        phone: string;
                        /**
                         * @description 评价：very_satisfied 非常满意、satisfied 满意、basically_satisfied 基本满意、dissatisfied 不满意、very_dissatisfied 非常不满意
                         * @enum {string}
                         */
                        rating: "very_satisfied" | "satisfied" | "basically_satisfied" | "dissatisfied" | "very_dissatisfied";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            rating: string;
                            rectificationDueOn: string | null;
                            isDeadlineCovered: boolean;
                            isFlaggedForSupervision: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诉求详情与办理过程
         * @description 含每一步的办理记录（受理、转办、答复、评价、督办等）与关联的重复诉求。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseRequestDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载诉求附件
         * @description 可查看该诉求者（含承办部门）下载其附件，类型为上传时按内容识别的类型（PDF、JPG、PNG）。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)、企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件内容 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理诉求：受理、开始办理、答复、办结
         * @description 承办部门（或信用办）办理分办给它的诉求：accept 受理、start 开始办理、answer 答复（text 必填，答复告知诉求人，关联的重复诉求随同答复）、close 办结（已评价的，或答复后评价期满仍未评价的；诉求未答复不能办结）。数据报送单位只能办理分办到本部门的诉求。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "accept" | "start" | "answer" | "close";
                        /** @description 答复内容（answer 必填）或办理说明 */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            /** @description 随同答复的重复诉求编号 */
                            followers: number[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 转办诉求
         * @description 转给职责所在的部门（须说明理由，记入审计）。转办不重新起算答复时限，但接收部门至少还有规定的最少工作日。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 接收部门代码 */
                        departmentCode: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            departmentCode: string;
                            dueOn: string;
                            isDeadlineCovered: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 关联重复诉求
         * @description 把同一诉求人或同一事项的重复诉求关联到较早的原诉求（须说明理由）：原诉求已答复的立即随同答复，否则在原诉求答复时随同答复。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 原诉求编号 */
                        originalId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            duplicateOf: number;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评价答复（好差评）
         * @description 企业评价本企业诉求的答复：非常满意、满意、基本满意、不满意、非常不满意。首次差评的，诉求重新交承办部门整改并给出新的时限；整改后仍为差评的，按不满意办结并列入督查。差评须说明原因。
         *
         *     权限：企业用户(仅本企业)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 评价：very_satisfied 非常满意、satisfied 满意、basically_satisfied 基本满意、dissatisfied 不满意、very_dissatisfied 非常不满意
                         * @enum {string}
                         */
                        rating: "very_satisfied" | "satisfied" | "basically_satisfied" | "dissatisfied" | "very_dissatisfied";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            rating: string;
                            rectificationDueOn: string | null;
                            isDeadlineCovered: boolean;
                            isFlaggedForSupervision: boolean;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点任务清单（含推进状态）
         * @description 《华容区深化“信用+科技创新”先行区创建实施方案》附件2 与《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》附件的全部任务（原文、牵头单位、责任单位、完成时间），以及截至统计日的状态（已完成、正常推进、临期、逾期）和各牵头单位的最新报送。可按清单、阶段、单位、状态筛选。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 统计日期（默认今天）：按该日及以前的报送判断各任务状态 */
                    date?: string;
                    /** @description 只看一份清单：000 先行区创建任务清单、001 健全信用评价创新试点任务清单 */
                    list?: "000" | "001";
                    /** @description 实施阶段名称 */
                    phase?: string;
                    /** @description 部门代码：该部门牵头或负责的任务 */
                    unit?: string;
                    status?: "done" | "on_track" | "at_risk" | "late";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            atRiskWorkingDays: number;
                            items: components["schemas"]["ReformTask"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点任务看板：按阶段、按单位统计
         * @description 截至统计日，各实施阶段与各单位（作为牵头单位、作为责任单位）的任务数及已完成、正常推进、临期、逾期的件数。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 统计日期（默认今天）：按该日及以前的报送判断各任务状态 */
                    date?: string;
                    /** @description 只看一份清单：000 先行区创建任务清单、001 健全信用评价创新试点任务清单 */
                    list?: "000" | "001";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            /** @description 距完成时间不超过此数个工作日仍未完成的为“临期” */
                            atRiskWorkingDays: number;
                            totals: components["schemas"]["ReformTaskCounts"];
                            byPhase: {
                                listCode: string;
                                phase: string;
                                period: string;
                                counts: components["schemas"]["ReformTaskCounts"];
                            }[];
                            byUnit: {
                                unitCode: string;
                                unitName: string;
                                asLead: components["schemas"]["ReformTaskCounts"];
                                asResponsible: components["schemas"]["ReformTaskCounts"];
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/bulletin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点任务推进情况通报（HTML / PDF）
         * @description 截至指定日期的通报：总体情况、各阶段统计，以及各牵头单位已完成、临期、逾期的任务和牵头单位的最新报送（《华容区深化“信用+科技创新”先行区创建实施方案》附件1第三部分第（二）项“定期通报工作进度”）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 统计日期（默认今天）：按该日及以前的报送判断各任务状态 */
                    date?: string;
                    /** @description 只看一份清单：000 先行区创建任务清单、001 健全信用评价创新试点任务清单 */
                    list?: "000" | "001";
                    /** @description html（默认，可打印的网页）或 pdf */
                    format?: "html" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 通报 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "application/pdf": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出重点任务清单与推进状态（Excel）
         * @description 权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 统计日期（默认今天）：按该日及以前的报送判断各任务状态 */
                    date?: string;
                    /** @description 只看一份清单：000 先行区创建任务清单、001 健全信用评价创新试点任务清单 */
                    list?: "000" | "001";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 重点任务清单 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点任务提醒
         * @description 临期、逾期提示与责任单位报送的转告：数据报送单位看发给本部门的，平台管理员看全部。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: {
                                id: number;
                                topic: string;
                                title: string;
                                body: string;
                                subjectType: string | null;
                                subjectId: string | null;
                                role: string;
                                departmentCode: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传推进情况佐证材料
         * @description 上传报送推进情况所附的佐证材料（PDF、JPG、PNG，按文件内容判断类型，大小有上限），返回的 SHA-256 填入报送的 attachments。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description 文件内容（Base64） */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string;
                            mediaType: string;
                            sizeBytes: number;
                            fileName: string;
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重点任务详情与全部报送
         * @description 任务原文、单位、完成时间、截至统计日的状态，以及各单位的全部报送（最新的在前；报送只增不改，更正为新的报送）。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    /** @description 任务编号 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            listCode: string;
                            /** @description 序号 */
                            sequence: number;
                            /** @description 实施阶段 */
                            phase: string;
                            /** @description 主要任务 */
                            mainTask: string;
                            /** @description 对应的方案条款 */
                            clause: string;
                            /** @description 对应的方案条款（文件名称与条款，供阅读） */
                            clauseText: string;
                            /** @description 细化任务（原文） */
                            text: string;
                            /** @description 牵头单位（原文） */
                            leadText: string;
                            /** @description 责任单位（原文） */
                            responsibleText: string;
                            lead: {
                                code: string;
                                name: string;
                                shortName: string;
                            }[];
                            responsible: {
                                code: string;
                                name: string;
                                shortName: string;
                            }[];
                            /** @description 原文中的集合称谓（如“等有关部门”），不对应具体部门 */
                            responsibleOthers: string[];
                            /** @description 完成时间（原文） */
                            deadlineText: string;
                            /** @description 完成时间；持续推进的为空 */
                            deadline: string | null;
                            /**
                             * @description done 已完成、on_track 正常推进、at_risk 临期、late 逾期
                             * @enum {string}
                             */
                            status: "done" | "on_track" | "at_risk" | "late";
                            statusLabel: string;
                            completedOn: string | null;
                            isCompletedLate: boolean;
                            workingDaysLeft: number | null;
                            /** @description 剩余工作日是否在节假日日历覆盖范围内；否：按现行节假日安排推算，待次年安排公布后更新 */
                            isCovered: boolean;
                            /** @description 各牵头单位截至统计日的最新报送 */
                            leadReports: components["schemas"]["ReformTaskReport"][];
                            latestReport: components["schemas"]["ReformTaskReport"] | null;
                            reportCount: number;
                            reports: components["schemas"]["ReformTaskReport"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/{code}/evidence/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载推进情况佐证材料
         * @description 下载该任务某次报送所附、且由报送单位上传的佐证材料。
         *
         *     权限：系统管理员(全部)、数据报送单位(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 */
                    code: string;
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件内容 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reform-tasks/{code}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报送重点任务推进情况
         * @description 牵头单位或点名的责任单位以本部门名义报送：状态（未开始、推进中、已完成）、完成进度、推进情况与佐证材料（先通过 /api/reform-tasks/evidence 上传）。不是该任务牵头或责任单位的部门不能报送；平台管理员代为录入时须指明单位。报送只增不改，记入审计。
         *
         *     权限：系统管理员(全部)、数据报送单位(仅本部门)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 报送单位代码（数据报送单位可省略，即本部门；平台管理员必填） */
                        unitCode?: string;
                        /** @enum {string} */
                        status: "not_started" | "in_progress" | "done";
                        /** @description 完成进度（%） */
                        percent?: number;
                        /** @description 推进情况 */
                        text: string;
                        /** @default [] */
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReformTaskReport"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprise-portal/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业端概览
         * @description 本企业的当前评价及提出异议的期限、待审核的申请件数、未读消息数，以及附件大小上限与各项办理时限。
         *
         *     权限：企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalOverview"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprise-portal/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本企业的信用记录及可办事项
         * @description 按信息类别分组（目录顺序，类别内按日期倒序），分页；每条记录附公示状态（公示中、可申请修复、公示期满、已修复、已过期……）、异议期限与信用修复条件。purpose=objection 只列现在可以提出异议的记录；purpose=repair 只列仍在公示的失信信息（含尚未到可修复日期的）。kinds 为各类别的条数。
         *
         *     权限：企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 只看此类别（见 /api/catalog/kinds） */
                    kind?: string;
                    /** @description objection 可提出异议的记录；repair 可申请信用修复的记录 */
                    purpose?: "objection" | "repair";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["OwnRecord"][];
                            uscc: string;
                            today: string;
                            /** @description 各类别的条数（不受 kind 筛选影响） */
                            kinds: {
                                kind: string;
                                kindLabel: string;
                                category: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprise-portal/declarable-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可自主申报的信息类别
         * @description 荣誉表彰、专业资质及其他正面信息（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（二）项），每类附申报表的字段（与报送文件的中文表头相同）；企业名称与统一社会信用代码取自账号，无需填写。
         *
         *     权限：企业用户(仅本企业)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DeclarableKind"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/model-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价模型版本列表
         * @description 随平台发布的版本（models/）与数据目录下的本地草稿（数据目录/models/），及各自的状态：现行发布、已模拟、草稿、已停用。
         *
         *     权限：系统管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ModelVersionSummary"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/model-versions/{modelId}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评价模型版本详情
         * @description 维度与指标、每个参数的单位、依据与各生效日期的取值、等级表、否决项、模型检查结果，以及该版本的模拟结果（等级迁移矩阵）。
         *
         *     权限：系统管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 模型标识，如 huarong-sci-tech */
                    modelId: string;
                    /** @description 版本号，如 v1 */
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelVersionDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/model-versions/{modelId}/{version}/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 模拟模型草稿（后台任务）
         * @description 用草稿与现行版本按今天分别评价全部企业，对比等级分布与迁移矩阵；只保存模拟结果，不改变任何企业的等级。完成后版本状态为“已模拟”，方可发布。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 模型标识，如 huarong-sci-tech */
                    modelId: string;
                    /** @description 版本号，如 v1 */
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 任务已开始（后台运行）；用 GET /api/jobs/{id} 查询进度 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/model-versions/{modelId}/{version}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布已模拟的模型版本（后台任务）
         * @description 停用原版本，冻结并发布此版本，然后按新版本重新评价全部企业。须提交所确认版本的摘要：文件在确认后有变化的，不予发布。
         *
         *     权限：系统管理员(全部)；仅限登录会话（不接受 API 令牌）。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 模型标识，如 huarong-sci-tech */
                    modelId: string;
                    /** @description 版本号，如 v1 */
                    version: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 管理员所查看并确认发布的版本摘要 */
                        confirmDigest: string;
                    };
                };
            };
            responses: {
                /** @description 任务已开始（后台运行）；用 GET /api/jobs/{id} 查询进度 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evaluation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 批量评价记录
         * @description 最近的批量评价（全部企业评价、每日到期重评、发布新版本后重评），最新在前。
         *
         *     权限：系统管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 条数（1–100，默认 20） */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EvaluationRun"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 批量评价全部企业（后台任务）
         * @description 按现行发布的模型版本重新评价全部企业并保存结果；同一版本、同一基准日未完成的评价从中断处续跑。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 评价基准日 YYYY-MM-DD（默认今天）
                         */
                        asOf?: string;
                    };
                };
            };
            responses: {
                /** @description 任务已开始（后台运行）；用 GET /api/jobs/{id} 查询进度 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计动作清单
         * @description 平台记入审计链的全部动作（封闭清单）及其中文说明。
         *
         *     权限：审计管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询审计记录
         * @description 按操作人、动作、对象、日期范围查询审计链中的事件，最新在前，分页。
         *
         *     权限：审计管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 操作人（包含此文字即可） */
                    actor?: string;
                    /** @description 动作代码，见 /api/audit/actions */
                    action?: string;
                    /** @description 对象类型 */
                    subjectType?: string;
                    /** @description 对象编号 */
                    subjectId?: string;
                    /** @description 起始日期 YYYY-MM-DD（北京时间，含当日） */
                    from?: string;
                    /** @description 截止日期 YYYY-MM-DD（北京时间，含当日） */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["AuditEvent"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events/{seq}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计事件详情
         * @description 事件的全部内容，及其与前一事件的哈希链接。
         *
         *     权限：审计管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 事件序号 */
                    seq: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventDetail"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 校验审计链（后台任务）
         * @description 逐条重算哈希、检查链接与序号连续、核对链头和各导入批次的记录摘要，报告第一处被篡改或删除的位置。结果在任务完成后的 result 中：ok、eventsChecked、head、problem。
         *
         *     权限：审计管理员(全部)、审核员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 任务已开始（后台运行）；用 GET /api/jobs/{id} 查询进度 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 后台任务列表
         * @description 本服务进程中最近的后台任务（运行中的与最近完成的），最新在前。可按类型筛选。
         *
         *     权限：系统管理员(全部)、审计管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 任务类型，多个以逗号分隔，如 model.simulate,model.publish */
                    kind?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 后台任务进度
         * @description 运行中返回进度；完成后返回结果摘要，失败时返回原因。
         *
         *     权限：系统管理员(全部)、审计管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 任务编号 */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 公众门户首页数据
         * @description 现行评价模型与全区各信用等级的企业数（汇总数字，每分钟更新一次）。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicOverview"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/grades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用公示：企业信用评价结果
         * @description 每家已评价企业的现行信用等级及其评价基准日，可按名称或代码查找、按等级筛选，分页。公布依据：《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项规定经营主体可对“公布的信用评价结果”申请复评，《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（九）项要求通过政府网站宣传；只公布等级与基准日，不公布分数、维度得分、评价轨迹与记录明细。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 企业名称关键词或统一社会信用代码前缀 */
                    q?: string;
                    /** @description 只看某一等级，如 A */
                    grade?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PublicGrade"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 信用公示：行政许可与行政处罚（双公示）
         * @description 仍在有效期内的行政许可、仍在公示期内的行政处罚（公示期按决定日期当时有效的信用修复规定计算），决定日期新的在前，分页。已修复、已撤销、公示期满的记录不公示；行政相对人为自然人的记录不公示；不公开法定代表人及证件号码。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 企业名称关键词或统一社会信用代码前缀 */
                    q?: string;
                    /** @description 只看一类记录（向公众公开的记录类别之一） */
                    kind?: "administrative_license" | "administrative_penalty";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PublicRecord"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 模型说明：信用等级是怎样评出来的
         * @description 现行评价模型的维度与权重、指标、参数（取值、单位、生效日期与依据）、等级表、一票否决项，以及模型说明全文。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelDocumentation"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 抽查检查结果检索（一公开）
         * @description 双随机抽查检查结果：各部门报送的与本平台抽查计划公示的，检查日期新的在前，可按名称或代码查找，分页。不含检查人员与检查情况文字。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    /** @description 企业名称关键词或统一社会信用代码前缀 */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PublicInspection"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/honest-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诚信典型案例
         * @description 平台管理员发布的诚信典型案例（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（九）项），新的在前，分页；企业现行等级已不在案例等级范围内的暂不展示。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["PublicHonestCase"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/honest-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 诚信典型案例列表（管理）
         * @description 全部案例，含已撤回的；标明公众门户现在是否展示及原因。
         *
         *     权限：系统管理员(全部)。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                    state?: "published" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["HonestCase"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 发布诚信典型案例
         * @description 选取一家企业，写明标题与正文，在公众门户发布。企业现行信用等级须在诚信典型案例规定的等级范围内；每家企业同时只有一个发布中的案例。未给出亮点时，取企业的荣誉表彰记录。记入审计链。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 企业统一社会信用代码 */
                        uscc: string;
                        /** @description 案例标题（最多 100 字） */
                        title: string;
                        /** @description 案例正文（最多 4000 字） */
                        story: string;
                        /** @description 亮点（最多 8 条，每条最多 60 字） */
                        highlights?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HonestCase"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/honest-cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回诚信典型案例
         * @description 从公众门户撤回案例，须写明原因；案例记录保留。记入审计链。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 编号 */
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 撤回原因 */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HonestCase"];
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 资源不存在 */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-days/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已载入的节假日安排
         * @description 工作日期限按这些年度的安排计算；落在未载入年度的期限按现行节假日安排推算，待次年安排公布后更新。
         *
         *     权限：系统管理员(全部)、审核员(全部)。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 日历覆盖的最后一天 */
                            lastCoveredDay: string | null;
                            years: components["schemas"]["HolidayYear"][];
                        };
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 载入一个年度的节假日安排
         * @description 上传国务院办公厅当年部分节假日安排的文件内容（YAML 或 JSON：year 年份，reference 通知名称与文号，holidays 各节日的 name、from、to，workdays 调休上班日）。检查年份与文号、全部法定节假日、日期不重复、调休上班日为周末且不是假日；有误时逐项说明行、字段和原因。载入后重新计算受影响的办理期限并通知相关方，记入审计链。
         *
         *     权限：系统管理员(全部)。
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 安排文件的文本 */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            reference: string;
                            /** @description 依据：文件名称与条款 */
                            referenceText: string;
                            holidayDays: number;
                            workdays: number;
                            /** @description 是否替换了此前载入的该年安排 */
                            isReplacement: boolean;
                            recomputed: {
                                /** @enum {string} */
                                subjectType: "objection" | "repair_application" | "request";
                                id: number;
                                previousDueOn: string;
                                dueOn: string;
                                isCovered: boolean;
                            }[];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 未登录，或会话/令牌已失效 */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 当前角色或数据范围无权访问 */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求体过大 */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/audit-checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计链检查点（每日签名公布）
         * @description 每天一次对审计链链头（序号、哈希、时间）的平台签名，新的在前，分页。保存任一检查点（JSON），日后可用 xinping audit verify --expect-head 文件 核对审计链未被改写或截短。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: {
                    /** @description 每页条数（1–200，默认 20） */
                    limit?: number;
                    /** @description 跳过的条数（默认 0） */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 符合条件的总条数 */
                            total: number;
                            items: components["schemas"]["AuditCheckpoint"][];
                        };
                    };
                };
                /** @description 请求参数有误 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 平台签名公钥
         * @description 签发审计链检查点和信用报告所用的公钥及其指纹，供离线核验。
         *
         *     权限：公开。
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlatformSigningKey"];
                    };
                };
                /** @description 请求过于频繁 */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description 服务器内部错误 */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            error: {
                /**
                 * @description 错误代码（固定集合）
                 * @enum {string}
                 */
                code: "INVALID_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "PRECONDITION_FAILED" | "INTERNAL" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED";
                /** @description 给用户看的中文说明 */
                message: string;
            };
        };
        UserInput: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            /** @description 数据报送单位账号所属部门代码 */
            departmentCode: string | null;
            /** @description 企业用户账号绑定的统一社会信用代码 */
            uscc: string | null;
            disabled: boolean;
            /** @description true：初始口令、已重置或已过期，登录后须先修改口令 */
            mustChangePassword: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ListedUserInput: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            /** @description 数据报送单位账号所属部门代码 */
            departmentCode: string | null;
            /** @description 企业用户账号绑定的统一社会信用代码 */
            uscc: string | null;
            disabled: boolean;
            /** @description true：初始口令、已重置或已过期，登录后须先修改口令 */
            mustChangePassword: boolean;
            createdAt: string;
            updatedAt: string;
            /** @description 企业用户账号所绑定企业的名称 */
            enterpriseName: string | null;
        };
        MeInput: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            departmentCode: string | null;
            uscc: string | null;
            /**
             * @description 本次请求的认证方式：session 登录会话、token API 令牌
             * @enum {string}
             */
            via: "session" | "token";
            /** @description true：须先修改口令 */
            mustChangePassword: boolean;
        };
        RecordKindInput: {
            code: string;
            label: string;
            category: string;
            /** @enum {string} */
            polarity: "positive" | "negative" | "neutral";
            /** @description 可报送此类记录的部门代码 */
            departments: string[];
            /** @description 自然键字段：同一键重报即更正 */
            naturalKey: string[];
            fields: {
                key: string;
                /** @description 国家/常用中文表头 */
                header: string;
                /** @description 其他可接受的表头 */
                aliases: string[];
                type: string;
                required: boolean;
                /** @description 个人信息：加密存储，仅所属部门可见明文 */
                personal: boolean;
                /** @description 可选值 */
                values?: string[];
            }[];
        };
        DepartmentInput: {
            code: string;
            name: string;
            shortName: string;
            /** @enum {string} */
            kind: "government" | "court" | "public_service" | "national";
        };
        RecordSummaryInput: {
            id: number;
            kind: string;
            kindLabel: string;
            departmentCode: string;
            departmentName: string;
            status: string;
            occurredOn: string | null;
            endsOn: string | null;
            level: string | null;
            subtype: string | null;
            grade: string | null;
            /** @description 金额（万元） */
            amount: number | null;
            quantity: number | null;
            /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
            fields: {
                [key: string]: unknown;
            };
            version: number;
            batchId: number | null;
            /** @description 来源文件中的行号 */
            sourceRow: number | null;
            updatedAt: string;
        };
        RecordDetailInput: {
            id: number;
            kind: string;
            kindLabel: string;
            naturalKey: string;
            enterprise: {
                uscc: string;
                name: string;
            };
            departmentCode: string;
            departmentName: string;
            version: number;
            status: string;
            /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
            fields: {
                [key: string]: unknown;
            };
            createdAt: string;
            updatedAt: string;
            /** @description 是否显示了个人信息明文 */
            revealed: boolean;
            /** @description 历次版本，最早的在前 */
            versions: {
                version: number;
                change: string;
                status: string;
                occurredOn: string | null;
                endsOn: string | null;
                level: string | null;
                subtype: string | null;
                grade: string | null;
                amount: number | null;
                quantity: number | null;
                /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
                fields: {
                    [key: string]: unknown;
                };
                contentHash: string;
                sourceRow: number | null;
                operator: string;
                recordedAt: string;
                /** @description 写入此版本的批次（报送单位、文件、摘要、操作人、时间） */
                provenance: {
                    batchId: number;
                    departmentCode: string;
                    fileName: string;
                    fileHash: string;
                    format: string;
                    operator: string;
                    receivedAt: string;
                } | null;
            }[];
        };
        PushResultInput: {
            batchId: number;
            /**
             * @description committed 已入库；rejected 整批未入库（原因见 reason 与 errors）
             * @enum {string}
             */
            status: "committed" | "rejected";
            department: {
                code: string;
                name: string;
            };
            kind: {
                code: string;
                label: string;
            };
            /** @description 本批内容摘要（相同内容重复报送不产生新版本） */
            fileHash: string;
            totalRows: number;
            created: number;
            updated: number;
            unchanged: number;
            rejected: number;
            errors: {
                /** @description 第几条记录（从 1 起） */
                row: number;
                column: string;
                reason: string;
            }[];
            errorCount: number;
            reason?: string;
        };
        EnterpriseListItemInput: {
            uscc: string;
            name: string;
            /** @description 登记状态 */
            status: string;
            industryCode: string | null;
            /** @description 行业名称（国民经济行业分类大类或门类） */
            industryLabel: string | null;
            regionCode: string | null;
            /** @description 科创层级代码 */
            tiers: string[];
            /** @description 科创层级名称 */
            tierLabels: string[];
            incubatorCode: string | null;
            /** @description 最近一次评价的等级（评价功能上线前为空） */
            grade: string | null;
        };
        EnterpriseInput: {
            uscc: string;
            name: string;
            /** @description 代码所示登记管理部门与机构类别 */
            entityType: {
                authority: string;
                entityType: string;
            } | null;
            /** @description 法定代表人（已脱敏，如 张*明） */
            legalRepresentative: string | null;
            industryCode: string | null;
            industryLabel: string | null;
            regionCode: string | null;
            /** @description 行政区划名称（区划代码未收录时为空） */
            regionLabel: string | null;
            registeredOn: string | null;
            status: string;
            tiers: string[];
            tierLabels: string[];
            incubatorCode: string | null;
            incubatorName: string | null;
            /** @description 代码校验警告（如组织机构代码校验位不符） */
            usccWarning: string | null;
            /** @description registry 名录登记；import 仅由部门记录引入 */
            source: string;
            grade: string | null;
        };
        ApiTokenInput: {
            id: number;
            name: string;
            /** @description 令牌开头几位，用于辨认 */
            prefix: string;
            /** @description 所属账号用户名 */
            owner: string;
            scopes: ("read" | "write")[];
            /** @description 部门令牌：以该部门的身份报送记录 */
            departmentCode: string | null;
            /** @description 可报送的记录类别代码；null 为该部门可报送的全部类别 */
            recordKinds: string[] | null;
            createdAt: string;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description 最近使用时间（精确到分钟） */
            lastUsedAt: string | null;
        };
        PushReceiptSummaryInput: {
            /** @description 回执编号：之后可凭此查询 */
            receiptId: number;
            departmentCode: string;
            /** @description 报送账号（令牌报送时附令牌编号） */
            operator: string;
            /** @description 报送人姓名（令牌报送时附令牌编号） */
            operatorName: string;
            receivedAt: string;
            totalRows: number;
            /** @description 已接收条数 */
            accepted: number;
            /** @description 幂等键此前已接收、未重复入库的条数 */
            duplicates: number;
            /** @description 未接收条数 */
            refused: number;
        };
        PushReceiptInput: {
            /** @description 回执编号：之后可凭此查询 */
            receiptId: number;
            departmentCode: string;
            /** @description 报送账号（令牌报送时附令牌编号） */
            operator: string;
            /** @description 报送人姓名（令牌报送时附令牌编号） */
            operatorName: string;
            receivedAt: string;
            totalRows: number;
            /** @description 已接收条数 */
            accepted: number;
            /** @description 幂等键此前已接收、未重复入库的条数 */
            duplicates: number;
            /** @description 未接收条数 */
            refused: number;
            rows: {
                /** @description 本次报送中的第几条（从 1 起） */
                row: number;
                idempotencyKey: string;
                kind: string | null;
                kindLabel: string | null;
                /**
                 * @description accepted 已接收；duplicate 此前已接收（未重复入库）；refused 未接收
                 * @enum {string}
                 */
                status: "accepted" | "duplicate" | "refused";
                statusLabel: string;
                /**
                 * @description created 新增；updated 更正为新版本；unchanged 与现有版本相同
                 * @enum {string|null}
                 */
                outcome: "created" | "updated" | "unchanged" | null;
                outcomeLabel: string | null;
                /** @description 入库的记录编号 */
                recordId: number | null;
                /** @description 记录版本号 */
                recordVersion: number | null;
                /** @description 写入的导入批次 */
                batchId: number | null;
                /** @description 未接收时出错的字段（中文表头，或 kind、idempotencyKey） */
                field: string | null;
                /** @description 未接收的原因，或重复时首次接收所在的回执 */
                reason: string | null;
            }[];
        };
        CreditReportInput: {
            /** @enum {string} */
            format: "xinping-credit-report/1";
            /** @enum {string} */
            audience: "full" | "public";
            audienceLabel: string;
            title: string;
            subtitle: string;
            /** @description 报告编号，如 XP-420703-20261121-000123 */
            number: string;
            /** @description 签发日期（北京时间） */
            issuedOn: string;
            issuedAt: string;
            issuer: {
                name: string;
                platform: string;
            };
            enterprise: {
                name: string;
                uscc: string;
                entityType: string | null;
                /** @description 已脱敏；公示版为空 */
                legalRepresentative: string | null;
                industry: string | null;
                regionCode: string | null;
                /** @description 行政区划名称（区划代码未收录时为空） */
                regionName: string | null;
                registeredOn: string | null;
                status: string;
                tiers: string[];
                incubator: string | null;
            };
            evaluation: {
                asOf: string;
                modelVersion: string;
                modelTitle: string;
                modelDigest: string;
                score: number;
                scoreMax: number;
                grade: string;
                gradeLabel: string;
                gradeDescription: string;
                samr: {
                    class: string;
                    label: string;
                };
                gradeBeforeVetoes: string;
                vetoes: {
                    label: string;
                    capGrade: string;
                    reference: string;
                }[];
                grades: {
                    grade: string;
                    label: string;
                    minScore: number | null;
                }[];
                /** @description 评价输入指纹；公示版为空 */
                fingerprint: string | null;
            };
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                min: number;
                max: number;
                points: number;
                score: number;
                contribution: number;
            }[];
            indicators: {
                id: string;
                label: string;
                dimension: string;
                dimensionLabel: string;
                /** @description 取值；公示版中来自非公开信息的取值为“—” */
                value: string;
                points: number;
                weight: number;
                contribution: number;
                recordCount: number | null;
                reference: string;
            }[];
            /** @description 按信息类别的现行信用信息 */
            categories: {
                category: string;
                records: {
                    id: number;
                    kind: string;
                    kindLabel: string;
                    category: string;
                    /** @description 文号 / 编号 */
                    number: string | null;
                    summary: string;
                    /** @description 来源部门（简称） */
                    department: string;
                    occurredOn: string | null;
                    endsOn: string | null;
                    /** @description 有效、已撤销、已修复、已移出 */
                    status: string;
                    /** @description 是否为负面信息（已修复、已撤销、公示期满的记录永远不是） */
                    isNegative: boolean;
                    /** @description 负面信息的公示期：失信程度、状态、可申请修复日、公示截止日 */
                    publicity: {
                        level: string;
                        status: string;
                        repairableFrom: string | null;
                        publicUntil: string | null;
                    } | null;
                    /** @description 异议中、已修复、已撤销、公示期满、可申请修复、即将期满 … */
                    marks: string[];
                    /** @description 计入评价的方式，如“扣分：一般失信行政处罚” */
                    effect: string | null;
                    /** @description 计入的指标 */
                    countedBy: string[];
                }[];
            }[];
            /** @description 已修复、已撤销、已移出或公示期满的信息（不作为负面信息；公示版为空） */
            inactiveRecords: {
                id: number;
                kind: string;
                kindLabel: string;
                category: string;
                /** @description 文号 / 编号 */
                number: string | null;
                summary: string;
                /** @description 来源部门（简称） */
                department: string;
                occurredOn: string | null;
                endsOn: string | null;
                /** @description 有效、已撤销、已修复、已移出 */
                status: string;
                /** @description 是否为负面信息（已修复、已撤销、公示期满的记录永远不是） */
                isNegative: boolean;
                /** @description 负面信息的公示期：失信程度、状态、可申请修复日、公示截止日 */
                publicity: {
                    level: string;
                    status: string;
                    repairableFrom: string | null;
                    publicUntil: string | null;
                } | null;
                /** @description 异议中、已修复、已撤销、公示期满、可申请修复、即将期满 … */
                marks: string[];
                /** @description 计入评价的方式，如“扣分：一般失信行政处罚” */
                effect: string | null;
                /** @description 计入的指标 */
                countedBy: string[];
            }[];
            /** @description 信用状况客观描述 */
            description: {
                summary: string;
                dimensions: string;
                raised: string[];
                lowered: string[];
                vetoes: string[];
                leavingPublicity: string[];
                advice: string[];
            };
            notes: {
                objection: string;
                repair: string;
                use: string;
                verification: string;
            };
            verification: {
                /** @description 公开核验路径 */
                path: string;
                /** @description 验证码 */
                code: string;
                /** @description 报告数据摘要（sha256） */
                digest: string;
            };
        };
        ReportVerificationInput: {
            number: string;
            enterpriseName: string;
            uscc: string;
            issuedOn: string;
            grade: string;
            gradeLabel: string;
            /** @description 核验结论（中文） */
            message: string;
        };
        WorkflowCaseInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
        };
        WorkflowDecisionInput: {
            id: number;
            state: string;
            recordId?: number | null;
            /** @description 决定后对企业的重新评价 */
            reevaluation?: {
                enterprises: number;
                gradeCounts: {
                    [key: string]: number;
                };
                skipped?: string;
                /** @description 企业分数与等级的变化 */
                change?: {
                    /** @description 决定前的当前评价（从未评价为空） */
                    before: {
                        /** @description 分数 */
                        score: number;
                        /** @description 信用等级 */
                        grade: string;
                    } | null;
                    /** @description 决定后的评价 */
                    after: {
                        /** @description 分数 */
                        score: number;
                        /** @description 信用等级 */
                        grade: string;
                    };
                };
            };
        };
        RepairApplicationInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
            /** @description 审核时限（自受理起按工作日计算）与超期、即将到期提示 */
            deadline: {
                dueOn: string | null;
                workingDaysLeft: number | null;
                isOverdue: boolean;
                isNearlyDue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
        };
        InboxMessageInput: {
            id: number;
            topic: string;
            topicLabel: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            createdAt: string;
            isRead: boolean;
        };
        StaffMessageInput: {
            id: number;
            topic: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            /** @description 收件角色：reviewer 审核员、department_operator 数据报送单位（见 departmentCode）、admin 管理员 */
            role: string;
            departmentCode: string | null;
            createdAt: string;
        };
        ObjectionInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
            /** @description 办结时限（工作日）与超期、即将到期提示 */
            deadline: {
                dueOn: string | null;
                workingDaysLeft: number | null;
                isOverdue: boolean;
                isNearlyDue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
        };
        CommitmentListInput: {
            /** @description 各便利措施要求的评价等级 */
            eligibility: {
                measure: string;
                grades: string[];
                reference: string;
            }[];
            /** @description 可承诺办理的事项 */
            items: {
                code: string;
                name: string;
                department: string;
                measures: string[];
                reference: string;
            }[];
            /** @description 不实行承诺制的事项及原因 */
            excluded: {
                name: string;
                department: string;
                reason: string;
                reference: string;
            }[];
            /** @description 各类承诺书的现行文本及版本号 */
            texts: {
                type: string;
                version: string;
                text: string;
            }[];
        };
        CommitmentEligibilityInput: {
            uscc: string;
            enterpriseName: string;
            item: {
                code: string;
                name: string;
                department: string;
                reference: string;
            };
            /** @description 当前评价等级（尚无评价时为 null） */
            grade: string | null;
            score: number | null;
            evaluatedAsOf: string | null;
            measures: {
                measure: string;
                isEligible: boolean;
                requiredGrades: string[];
                explanation: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
            }[];
        };
        RepairNoticeInput: {
            id: number;
            /** @description 提示函编号 */
            number: string;
            /** @description 对应的信用记录编号 */
            recordId: number;
            uscc: string;
            enterpriseName: string;
            kindLabel: string;
            /** @description 作出决定的部门 */
            department: string;
            /** @description 决定书文号 */
            decisionNumber: string | null;
            decidedOn: string;
            /** @description 可申请信用修复的日期 */
            repairableFrom: string;
            /** @description 最长公示至 */
            publicUntil: string | null;
            /** @description 所依据的规定 */
            basis: string;
            issuedOn: string;
            reviewWorkingDays: number;
            platform: string;
        };
        EnterpriseGradeInput: {
            uscc: string;
            name: string;
            /** @description 当前信用等级（尚未评价为空） */
            grade: string | null;
            score: number | null;
            /** @description 评价基准日 */
            asOf: string | null;
            /** @description 评价模型版本 */
            modelVersion: string | null;
        };
        EvaluationTraceInput: {
            evaluationId: number;
            evaluatedAt: string;
            /** @description 按原输入重算的结果与存档一致（指纹相同） */
            reproduced: boolean;
            uscc: string;
            score: number;
            grade: string;
            gradeLabel: string;
            gradeBeforeVetoes: string;
            vetoes: {
                id: string;
                label: string;
                capGrade: string;
                reference: string;
                /** @description 依据：文件名称与条款 */
                referenceText: string;
            }[];
            modelVersion: string;
            /** @description 评价模型名称及版本，供页面显示 */
            modelName: string;
            asOf: string;
            fingerprint: string;
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                points: number;
                score: number;
                contribution: number;
            }[];
            indicators: {
                id: string;
                label: string;
                dimension: string;
                value: (number | string) | null;
                points: number;
                weight: number;
                contribution: number;
                reference: string;
                /** @description 依据：文件名称与条款 */
                referenceText: string;
                /** @description 计入的记录 */
                records: {
                    id: number;
                    version: number;
                    kind: string;
                    occurredOn: string | null;
                    factor: number;
                }[];
                /** @description 读取的参数 */
                parameters: {
                    id: string;
                    description: string;
                    unit: string;
                    value: unknown;
                    /** @description 参数取值的文字说明 */
                    valueText: string;
                    effectiveFrom: string;
                    reference: string;
                    /** @description 依据：文件名称与条款 */
                    referenceText: string;
                }[];
            }[];
            /** @description 未计入的记录及原因 */
            excluded: {
                id: number;
                version: number;
                kind: string;
                occurredOn: string | null;
                reason: string;
            }[];
        };
        AuditCheckpointInput: {
            /** @enum {string} */
            format: "xinping-audit-checkpoint/1";
            /** @description 链头事件序号 */
            seq: number;
            /** @description 链头事件的哈希（十六进制） */
            headHash: string;
            /**
             * @description 链头事件的哈希算法
             * @enum {string}
             */
            hashAlgorithm: "sm3" | "sha256";
            /** @description 检查点日期（北京时间） */
            madeOn: string;
            /** @description 签发时间（ISO 8601） */
            madeAt: string;
            /**
             * @description 签名算法（sm2-sm3:SM2 签名、SM3 杂凑，区分标识为空）
             * @enum {string}
             */
            signatureAlgorithm: "sm2-sm3" | "ecdsa-p256-sha256";
            /** @description 对 format、seq、headHash、hashAlgorithm、madeOn、madeAt 的规范 JSON（键排序、无空白）的签名，Base64 DER */
            signature: string;
            /** @description 签名公钥（PEM） */
            publicKey: string;
            /** @description 公钥指纹（公钥 DER 的 SM3 或 SHA-256） */
            publicKeyFingerprint: string;
        };
        PlatformSigningKeyInput: {
            /** @enum {string} */
            algorithm: "sm2-sm3" | "ecdsa-p256-sha256";
            /** @description 平台签名公钥（PEM）：核验检查点与信用报告签名（xinping report verify --public-key） */
            publicKey: string;
            fingerprint: string;
        };
        SubscriptionInput: {
            id: number;
            owner: string;
            /** @description 订阅机构或账号名称 */
            ownerName: string;
            name: string;
            eventTypes: ("grade_changed" | "negative_record" | "record_repaired" | "list_updated")[];
            eventTypeLabels: string[];
            /**
             * @description webhook 签名推送；pull 通过 /api/feed 拉取
             * @enum {string}
             */
            delivery: "webhook" | "pull";
            url: string | null;
            /** @description Webhook 每次请求最多携带的事件数；1 为逐条推送 */
            batchSize: number;
            active: boolean;
            createdAt: string;
            /** @description Webhook 投递：待投递（含重试）、已送达、已放弃 */
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
            } | null;
        };
        SharedEventInput: {
            /** @description 事件编号（即游标） */
            id: number;
            /**
             * @description grade_changed 信用等级变化、negative_record 新增失信记录、record_repaired 记录已修复、list_updated 推送名单更新
             * @enum {string}
             */
            type: "grade_changed" | "negative_record" | "record_repaired" | "list_updated";
            typeLabel: string;
            uscc: string;
            enterpriseName: string;
            createdAt: string;
            /** @description 事件内容：等级变化为 grade/previousGrade/score/asOf/modelVersion；失信记录为 recordId/kind/decisionNumber/occurredOn … */
            data: {
                [key: string]: unknown;
            };
        };
        SharedEnterpriseInput: {
            uscc: string;
            name: string;
            /** @description 当前信用等级（尚未评价为空） */
            grade: string | null;
            score: number | null;
            /** @description 评价基准日 */
            asOf: string | null;
            /** @description 推送给本机构、包含该企业的名单 */
            lists: string[];
            /** @description 企业授权本机构查询的截止日（未授权为空） */
            authorizedUntil: string | null;
        };
        EnterpriseAuthorizationInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 被授权的金融机构或行业协会账号 */
            grantee: string;
            granteeName: string;
            purpose: string;
            /** @description 授权截止日（含当日） */
            validUntil: string;
            /** @description 作出授权的企业账号 */
            grantedBy: string;
            /** @description 作出授权的人员姓名 */
            grantedByName: string;
            grantedAt: string;
            revokedAt: string | null;
            /** @description 今天是否有效 */
            isActive: boolean;
        };
        NoDisturbEnterpriseInput: {
            uscc: string;
            name: string;
            industryCode: string | null;
            /** @description 行业名称（国民经济行业分类大类或门类） */
            industryLabel: string | null;
            grade: string | null;
            riskClass: string;
        };
        RiskClassDisagreementInput: {
            uscc: string;
            name: string;
            industryCode: string | null;
            /** @description 市场监管部门作出的企业信用风险分类（A–D） */
            samrClass: string;
            /** @description 分类日期 */
            samrClassifiedOn: string | null;
            /** @description 分类机关 */
            samrAuthority: string | null;
            /** @description 平台信用等级 */
            grade: string;
            /** @description 平台信用等级的评价基准日 */
            gradeAsOf: string | null;
            /** @description 平台信用等级对应的风险分类 */
            gradeClass: string;
        };
        CreditMeasureInput: {
            code: string;
            label: string;
            /**
             * @description incentive 守信激励；restriction 失信约束
             * @enum {string}
             */
            kind: "incentive" | "restriction";
            /** @description 适用的信用等级 */
            grades: string[];
            /** @description 适用的失信类别代码（企业属该类别即适用，不论等级） */
            categories: string[];
            /** @description 适用场景代码 */
            scenes: string[];
            content: string;
            /** @description 依据条款 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
        };
        DishonestyCategoryInput: {
            code: string;
            label: string;
            /** @description 为真时属该类别的企业不适用守信激励措施 */
            withholds_incentives: boolean;
            rules: {
                /** @description 记录类别代码 */
                kind: string;
                /** @description 仅限这些失信程度；空为全部 */
                levels: string[];
                reference: string;
            }[];
            reference: string;
        };
        EnterpriseDishonestyCategoryInput: {
            code: string;
            label: string;
            withholdsIncentives: boolean;
            reference: string;
            /** @description 使企业属于该类别的公示期内记录 */
            records: {
                id: number;
                kind: string;
                kindLabel: string;
                departmentCode: string;
                /** @description 子类，如列入原因、处罚类别 */
                subtype: string | null;
                /** @description 失信程度 */
                level: string;
                occurredOn: string | null;
                /** @description 公示截止日；空为公示至移出 */
                publicUntil: string | null;
            }[];
        };
        ApplicableCreditMeasureInput: {
            code: string;
            label: string;
            /**
             * @description incentive 守信激励；restriction 失信约束
             * @enum {string}
             */
            kind: "incentive" | "restriction";
            /** @description 适用的信用等级 */
            grades: string[];
            /** @description 适用的失信类别代码（企业属该类别即适用，不论等级） */
            categories: string[];
            /** @description 适用场景代码 */
            scenes: string[];
            content: string;
            /** @description 依据条款 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
            /** @description 触发依据 */
            triggeredBy: {
                /** @description 触发该措施的信用等级；仅因失信类别适用时为空 */
                grade: string | null;
                /** @description 触发该措施的失信类别及其记录 */
                categories: components["schemas"]["EnterpriseDishonestyCategoryInput"][];
            };
        };
        MeasureFeedbackInput: {
            id: number;
            measureCode: string;
            measureLabel: string;
            uscc: string;
            enterpriseName: string;
            departmentCode: string;
            departmentName: string;
            appliedOn: string;
            /** @enum {string} */
            result: "applied" | "not_applied";
            resultLabel: string;
            note: string | null;
            reportedBy: string;
            reportedAt: unknown;
        };
        InspectionPlanInput: {
            id: number;
            departmentCode: string;
            title: string;
            /** @description 随计划公布的随机种子 */
            seed: string;
            scope: {
                industryPrefix?: string;
                tier?: string;
            };
            ratios: {
                [key: string]: number;
            };
            /** @description 检查人员名录（账号） */
            inspectors: string[];
            /** @description 检查人员姓名（与 inspectors 顺序相同） */
            inspectorNames: string[];
            inspectorsPerVisit: number;
            /** @description planned 待摇号；drawn 已摇号；published 结果已公示 */
            state: string;
            /** @description 摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算 */
            drawInputs: unknown;
            /** @description 摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源） */
            drawBasisTexts: {
                yearlyLimit: string | null;
                riskClasses: string | null;
            } | null;
            /** @description 创建人账号 */
            createdBy: string;
            /** @description 创建人姓名 */
            createdByName: string;
            /** @description 检查事项 */
            checkItems: string | null;
            /** @description 检查依据 */
            legalBasis: string | null;
            /** @description 检查期间：开始日期 */
            startsOn: string | null;
            /** @description 检查期间：截止日期（过期未录入结果即逾期） */
            dueOn: string | null;
            /** @description 检查方式：双随机、投诉举报、转办交办、专项检查、风险预警 */
            inspectionType: string;
            /** @description 非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null */
            basis: {
                [key: string]: string;
            } | null;
        };
        InspectionVisitInput: {
            id: number;
            planId: number;
            planTitle: string;
            departmentCode: string;
            uscc: string;
            name: string;
            riskClass: string;
            inspectors: string[];
            problem: string | null;
            jointVisitId: number | null;
            outcome: string | null;
            findings: string | null;
            inspectedOn: string | null;
            published: boolean;
            /** @description 企业住所（经营场所） */
            address: string | null;
            /** @description 检查事项 */
            checkItems: string | null;
            /** @description 检查依据 */
            legalBasis: string | null;
            /** @description 检查期间：开始日期 */
            startsOn: string | null;
            /** @description 检查期间：截止日期 */
            dueOn: string | null;
            /** @description 现场照片（附件 SHA-256） */
            photos: string[];
            /** @description 检查人员姓名（与 inspectors 顺序相同） */
            inspectorNames: string[];
            /** @description 检查方式 */
            inspectionType: string;
        };
        PublicInspectionResultInput: {
            planTitle: string;
            departmentCode: string;
            uscc: string;
            name: string;
            outcome: string | null;
            inspectedOn: string | null;
            /** @description 检查方式 */
            inspectionType: string;
        };
        InspectionFollowUpInput: {
            id: number;
            visitId: number;
            planId: number;
            planTitle: string;
            inspectionType: string;
            uscc: string;
            name: string;
            /** @description 检查结果 */
            outcome: string;
            inspectedOn: string | null;
            /**
             * @description listing_proposal 名录列入建议（须确认或驳回）；task 后续任务
             * @enum {string}
             */
            action: "listing_proposal" | "task";
            description: string;
            /** @description 应办理的部门 */
            departmentCode: string;
            proposedKind: string | null;
            proposedSubtype: string | null;
            /** @description 依据 */
            reference: string;
            /**
             * @description open 待处理；confirmed 已确认；rejected 已驳回
             * @enum {string}
             */
            state: "open" | "confirmed" | "rejected";
            /** @description 确认后写入的信用记录 */
            recordId: number | null;
            /** @description 处理人账号 */
            decidedBy: string | null;
            /** @description 处理人姓名 */
            decidedByName: string | null;
            decisionReason: string | null;
        };
        WhitelistGenerationInput: {
            /** @description 名单期次（编号） */
            id: number;
            listCode: string;
            /** @description 名单基准日 */
            asOf: string;
            /** @description 定期生成所属月份 YYYY-MM */
            period: string | null;
            /**
             * @description schedule 定期生成；manual 手动生成；review 每日复核（撤回不再符合条件的企业）
             * @enum {string}
             */
            trigger: "schedule" | "manual" | "review";
            triggerLabel: string;
            /** @description 生成人账号（或发起的系统任务） */
            triggeredBy: string;
            /** @description 生成人姓名 */
            triggeredByName: string;
            /** @description 生成所用入选规则的 SHA-256 摘要：两期摘要相同即按同一规则生成 */
            rulesDigest: string;
            modelVersion: string | null;
            /** @description 评价模型的名称与版本 */
            modelName: string | null;
            /** @description 有效发明专利数达到要求的企业 */
            candidates: number;
            /** @description 其中尚无评价结果的 */
            ungraded: number;
            /** @description 其中等级不够的 */
            excludedByGrade: number;
            /** @description 其中有公示期内排除记录的 */
            excludedByRecords: number;
            /** @description 入选企业 */
            listed: number;
            /** @description 推送的金融机构及其名单的增减 */
            recipients: {
                username: string;
                displayName: string;
                added: number;
                withdrawn: number;
                pushedAt: string;
            }[];
            createdAt: string;
        };
        WhitelistEntryInput: {
            /** @description 推介次序 */
            rank: number;
            uscc: string;
            name: string;
            industryCode: string | null;
            grade: string;
            score: number;
            evaluatedOn: string;
            validPatents: number;
            validInventionPatents: number;
            /** @description 信用等级高，优先推介（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（六）项） */
            isPriority: boolean;
        };
        ApplicantRowInput: {
            /** @description 在报送名单中的行号（从 1 起） */
            row: number;
            input: string;
            uscc: string | null;
            /** @description 该行无法查询的原因（行号与原因）；查到时为空 */
            error: string | null;
            name: string | null;
            validPatents: number | null;
            validInventionPatents: number | null;
            pledgedPatents: number | null;
            validTrademarks: number | null;
            inventionPatents: {
                number: string;
                name: string;
                legalStatus: string;
                grantedOn: string | null;
            }[];
            /** @description 公示期内的知识产权相关负面记录 */
            ipRecords: {
                kind: string;
                kindLabel: string;
                occurredOn: string | null;
                number: string | null;
                summary: string;
                level: string;
                publicUntil: string | null;
            }[];
            isAbnormalOperation: boolean | null;
            abnormalListings: {
                listedOn: string | null;
                reason: string;
            }[];
            grade: string | null;
            gradeLabel: string | null;
            evaluatedOn: string | null;
            /** @description 企业未授权本机构查询、也不在推送给本机构的名单中时，不提供信用等级 */
            isGradeWithheld: boolean;
            isOnWhitelist: boolean | null;
        };
        ApplicantLookupInput: {
            id: number;
            asOf: string;
            requestedBy: string;
            bank: string;
            submitted: number;
            found: number;
            rejected: number;
            createdAt: string;
            rows: components["schemas"]["ApplicantRowInput"][];
        };
        LoanInput: {
            id: number;
            bank: string;
            bankName: string;
            /** @description 本机构贷款业务编号 */
            bankReference: string;
            uscc: string;
            enterpriseName: string;
            /** @description 贷款金额（万元） */
            amountWan: number;
            /** @description 放款日期 */
            grantedOn: string;
            /** @description 贷款期限（月） */
            termMonths: number;
            pledgedPatentNumbers: string[];
            /**
             * @description active 有效；withdrawn 已撤回
             * @enum {string}
             */
            status: "active" | "withdrawn";
            statusLabel: string;
            version: number;
            /** @description 放款当日借款企业是否在现行白名单中 */
            isOnWhitelist: boolean;
            /** @description 放款当日现行白名单的期次 */
            whitelistGenerationId: number | null;
            reportedBy: string;
            createdAt: string;
            updatedAt: string;
        };
        WhitelistConversionStatsInput: {
            generations: {
                generationId: number;
                asOf: string;
                triggerLabel: string;
                /** @description 金融机构账号；为空表示全部机构合计 */
                bank: string | null;
                bankName: string | null;
                /** @description 推送企业数 */
                listed: number;
                /** @description 该期名单有效期间获得贷款的入选企业数 */
                enterprisesWithLoan: number;
                loans: number;
                amountWan: number;
                /** @description 获贷企业数 ÷ 推送企业数 */
                conversionRate: number | null;
            }[];
            months: {
                month: string;
                /** @description 金融机构账号；为空表示全部机构合计 */
                bank: string | null;
                bankName: string | null;
                loans: number;
                enterprises: number;
                amountWan: number;
                /** @description 其中放款当日在白名单中的企业的贷款 */
                listedLoans: number;
                listedAmountWan: number;
            }[];
        };
        InspectorConflictInput: {
            /** @description 检查人员账号 */
            inspector: string;
            /** @description 检查人员姓名 */
            inspectorName: string;
            uscc: string;
            /** @description 企业名称 */
            name: string;
            /** @description 回避事由 */
            reason: string;
            /** @description 登记人账号 */
            createdBy: string;
            /** @description 登记人姓名 */
            createdByName: string;
            createdAt: string;
        };
        PolicyInput: {
            code: string;
            name: string;
            /** @description 兑现部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 政策文件名称（文号） */
            reference: string;
            /** @description 政策文件名称（文号），供阅读 */
            referenceText: string;
            /** @description 为真时为演示拟定的本地示例，不是正式文件 */
            isLocalExample: boolean;
            /** @description 平台实施该政策所依据的文件条款 */
            basis: string;
            /** @description 依据的文件名称与条款，供阅读 */
            basisText: string;
            /** @description exempt_application 免申即享；quick_application 即申即享 */
            mode: string;
            modeLabel: string;
            validFrom: string;
            /** @description 为空表示长期有效 */
            validTo: string | null;
            /** @description 享受内容 */
            benefit: string;
            /** @description 享受条件（中文，逐条） */
            conditionLines: string[];
        };
        PolicyEligibleEnterpriseInput: {
            uscc: string;
            name: string;
            grade: string | null;
            /** @description 符合的依据：每个条件满足所依据的事实 */
            reasons: string[];
            /** @description 匹配运行首次发现其符合的日期（尚未运行为空） */
            firstSeenOn: string | null;
            /** @description 本次连续符合的起始日期 */
            eligibleSince: string | null;
            /** @description 已通知企业的日期 */
            notifiedOn: string | null;
        };
        CheckupChangeInput: {
            /** @enum {string} */
            type: "repair";
            /** @description 试算完成信用修复的记录编号 */
            recordId: number;
        } | {
            /** @enum {string} */
            type: "fact";
            /** @description 试算补上的信息（信用体检目录的代码） */
            fact: string;
        };
        CheckupScoreLineInput: {
            score: number;
            grade: string;
            gradeLabel: string;
        };
        CheckupOverviewInput: {
            uscc: string;
            name: string;
            /** @description 试算基准日（今天） */
            asOf: string;
            modelVersion: string;
            /** @description 现行评价模型的名称与版本 */
            modelName: string;
            /** @description 按现有信息、同一模型版本计算的今天的得分 */
            current: components["schemas"]["CheckupScoreLineInput"];
            suggestions: {
                change: components["schemas"]["CheckupChangeInput"];
                title: string;
                /** @description 在平台上怎样办 */
                how: string;
                /** @description 现在能否办理（修复未到可申请日期时为否） */
                isAvailableNow: boolean;
                /** @description 单独试算这一项时得分的变化 */
                scoreChange: number;
                simulated: components["schemas"]["CheckupScoreLineInput"];
                /** @description 假设取值的依据 */
                reference: string | null;
                /** @description 假设取值的依据（便于阅读的写法） */
                referenceText: string | null;
            }[];
        };
        CheckupSimulationInput: {
            uscc: string;
            name: string;
            /** @description 试算基准日（今天） */
            asOf: string;
            modelVersion: string;
            /** @description 现行评价模型的名称与版本 */
            modelName: string;
            /** @description 按现有信息、同一模型版本计算的今天的得分 */
            current: components["schemas"]["CheckupScoreLineInput"];
            /**
             * @description 恒为 true：这是试算，不是评价结果，不保存
             * @enum {boolean}
             */
            simulation: true;
            simulated: components["schemas"]["CheckupScoreLineInput"];
            scoreChange: number;
            changes: (components["schemas"]["CheckupChangeInput"] & {
                title: string;
            })[];
            /** @description 得分发生变化的指标 */
            indicators: {
                id: string;
                label: string;
                dimension: string;
                dimensionLabel: string;
                pointsBefore: number;
                pointsAfter: number;
                /** @description 该指标带来的总分变化 */
                scoreChange: number;
            }[];
            /** @description 现有的正式评价结果（试算不会改变它） */
            stored: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
        };
        PolicyPayoutInput: {
            id: number;
            policyCode: string;
            policyName: string;
            /** @description 兑现部门 */
            departmentName: string;
            mode: string;
            /** @description 免申即享或即申即享 */
            modeLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 符合条件之日 */
            eligibleSince: string;
            /**
             * @description 兑现状态：matched 已匹配、notified 已告知企业、confirmed 企业已确认、approved 已审核同意、paid 已兑现、refused 不予兑现
             * @enum {string}
             */
            state: "matched" | "notified" | "confirmed" | "approved" | "paid" | "refused";
            stateLabel: string;
            version: number;
            notifiedOn: string | null;
            /** @description 企业确认申请的时间（即申即享） */
            confirmedAt: string | null;
            /** @description 确认申请的企业账号 */
            confirmedBy: string | null;
            /** @description 确认申请的企业用户姓名 */
            confirmedByName: string | null;
            approvedAt: string | null;
            /** @description 审核同意的账号（仅工作人员可见） */
            approvedBy: string | null;
            /** @description 审核人姓名（仅工作人员可见） */
            approvedByName: string | null;
            /** @description 兑现金额（元） */
            amount: number | null;
            /** @description 兑现日期 */
            paidOn: string | null;
            /** @description 登记兑现的时间 */
            paidAt: string | null;
            /** @description 登记兑现的账号（仅工作人员可见） */
            paidBy: string | null;
            /** @description 兑现经办人姓名（仅工作人员可见） */
            paidByName: string | null;
            /** @description 不予兑现的理由 */
            reason: string | null;
            /** @description 决定不予兑现的时间 */
            refusedAt: string | null;
            /** @description 决定不予兑现的账号（仅工作人员可见） */
            refusedBy: string | null;
            /** @description 决定不予兑现的人员姓名（仅工作人员可见） */
            refusedByName: string | null;
            /** @description 当前账号可以办理的操作 */
            actions: {
                /** @enum {string} */
                action: "confirm" | "approve" | "pay" | "refuse";
                label: string;
            }[];
        };
        ProfileTagInput: {
            code: string;
            name: string;
            /**
             * @description positive 正面；negative 风险提示
             * @enum {string}
             */
            tone: "positive" | "negative";
            /** @description 标签含义 */
            explanation: string;
            /** @description 规则依据 */
            reference: string;
            /** @description 为真时口径为本地示例，待主管部门确认 */
            isLocalExample: boolean;
            /** @description 最近一次刷新时带此标签的企业数 */
            enterpriseCount: number;
        };
        EnterpriseTagInput: {
            code: string;
            name: string;
            /**
             * @description positive 正面；negative 风险提示
             * @enum {string}
             */
            tone: "positive" | "negative";
            explanation: string;
            reference: string;
            /** @description 规则依据（可读文字） */
            referenceText: string;
            /** @description 标签所依据的事实：记录、数字及日期 */
            facts: string[];
        };
        IncubatorSummaryInput: {
            code: string;
            name: string;
            /** @description 运营机构 */
            operator: string;
            /**
             * @description 级别：national 国家级、provincial 省级、municipal 市级
             * @enum {string}
             */
            level: "national" | "provincial" | "municipal";
            levelLabel: string;
            /** @description 孵化场地面积（平方米） */
            areaM2: number;
            /** @description 可容纳在孵企业数 */
            capacity: number;
            /** @description 在孵企业数 */
            hosted: number;
            /** @description 入驻率（在孵 ÷ 可容纳） */
            occupancy: number;
            /** @description 在孵企业的当前信用等级分布 */
            grades: {
                grade: string;
                label: string;
                count: number;
            }[];
            /** @description 尚无评价的在孵企业数 */
            unrated: number;
            meanScore: number | null;
            /** @description 近十二个月毕业企业数 */
            graduatedLastYear: number;
            latestEvaluation: {
                year: number;
                score: number;
                overallRank: number;
                groupRank: number;
                groupLabel: string;
            } | null;
        };
        IncubatorDetailInput: {
            code: string;
            name: string;
            /** @description 运营机构 */
            operator: string;
            /**
             * @description 级别：national 国家级、provincial 省级、municipal 市级
             * @enum {string}
             */
            level: "national" | "provincial" | "municipal";
            levelLabel: string;
            /** @description 孵化场地面积（平方米） */
            areaM2: number;
            /** @description 可容纳在孵企业数 */
            capacity: number;
            asOf: string;
            /** @description 在孵企业 */
            hosted: {
                tenancyId: number;
                uscc: string;
                name: string;
                /** @description 入驻日期 */
                enteredOn: string;
                /** @description 迁出日期 */
                exitedOn: string | null;
                /** @enum {string|null} */
                exitReason: "graduated" | "moved_out" | null;
                exitReasonLabel: string | null;
                grade: string | null;
                gradeLabel: string | null;
                score: number | null;
            }[];
            /** @description 已迁出（毕业或迁出）的企业 */
            past: {
                tenancyId: number;
                uscc: string;
                name: string;
                /** @description 入驻日期 */
                enteredOn: string;
                /** @description 迁出日期 */
                exitedOn: string | null;
                /** @enum {string|null} */
                exitReason: "graduated" | "moved_out" | null;
                exitReasonLabel: string | null;
                grade: string | null;
                gradeLabel: string | null;
                score: number | null;
            }[];
            occupancy: number;
            grades: {
                grade: string;
                label: string;
                count: number;
            }[];
            unrated: number;
            meanScore: number | null;
            /** @description 各季度末（最后一项为今天）的在孵企业数、平均分与等级分布 */
            trend: {
                date: string;
                hosted: number;
                meanScore: number | null;
                grades: {
                    grade: string;
                    label: string;
                    count: number;
                }[];
            }[];
            /** @description 在孵企业近期的失信、经营异常记录 */
            risks: {
                uscc: string;
                name: string;
                kind: string;
                kindLabel: string;
                occurredOn: string | null;
                recordId: number;
            }[];
            riskMonths: number;
            evaluations: {
                year: number;
                runNumber: number;
                score: number;
                overallRank: number;
                groupRank: number;
                isAwarded: boolean;
            }[];
        };
        IncubatorTenancyInput: {
            id: number;
            incubatorCode: string;
            enteredOn: string;
            exitedOn: string | null;
            /** @enum {string|null} */
            exitReason: "graduated" | "moved_out" | null;
        };
        IncubatorRankingInput: {
            year: number;
            runNumber: number | null;
            /** @description 统计截止日 */
            asOf: string;
            modelVersion: string;
            modelDigest: string;
            modelTitle: string;
            reference: string;
            /** @description 依据（可读文字） */
            referenceText: string;
            groups: {
                code: string;
                label: string;
                awarded: number;
            }[];
            groupsReference: string;
            /** @description 分组依据（可读文字） */
            groupsReferenceText: string;
            evaluatedAt: string | null;
            /** @description 计算人账号 */
            evaluatedBy: string | null;
            /** @description 计算人姓名 */
            evaluatedByName: string | null;
            results: {
                code: string;
                name: string;
                /** @description 运营机构 */
                operator: string;
                /**
                 * @description 级别：national 国家级、provincial 省级、municipal 市级
                 * @enum {string}
                 */
                level: "national" | "provincial" | "municipal";
                levelLabel: string;
                /** @description 孵化场地面积（平方米） */
                areaM2: number;
                /** @description 可容纳在孵企业数 */
                capacity: number;
                groupCode: string;
                groupLabel: string;
                score: number;
                overallRank: number;
                groupRank: number;
                /** @description 是否在本组奖励名次内 */
                isAwarded: boolean;
                indicators: {
                    code: string;
                    label: string;
                    measure: string;
                    value: number | null;
                    valueText: string;
                    numerator: number | null;
                    denominator: number | null;
                    /** @description 指标得分（0–100） */
                    points: number;
                    weight: number;
                    /** @description 加权得分（权重 × 得分） */
                    contribution: number;
                    scale: {
                        zero: number;
                        full: number;
                    };
                    /** @description 数据来源 */
                    source: string;
                    /** @description 数据来源（可读文字） */
                    sourceText: string;
                    /** @description 依据 */
                    reference: string;
                    /** @description 依据（可读文字） */
                    referenceText: string;
                    /** @description 计入的企业（统一社会信用代码） */
                    enterprises: string[];
                }[];
            }[];
        };
        FinancingProductInput: {
            code: string;
            /** @description 金融机构账号 */
            bank: string;
            bankName: string;
            name: string;
            kind: string;
            kindLabel: string;
            /** @description 额度范围（万元） */
            amountWan: {
                min: number;
                max: number;
            };
            /** @description 期限范围（月） */
            termMonths: {
                min: number;
                max: number;
            };
            eligibility: {
                /** @description 信用等级不低于 */
                minGrade: string | null;
                /** @description 属于其一的梯次培育库层级（空：不限） */
                tiers: {
                    code: string;
                    label: string;
                }[];
                /** @description 有效发明专利不少于（0：不限） */
                minInventionPatents: number;
                /** @description 须提供其一的担保方式（空：不限） */
                collateral: {
                    code: string;
                    label: string;
                }[];
            };
            reference: string;
        };
        FinancingMatchInput: {
            id: number;
            productCode: string;
            productName: string;
            kindLabel: string;
            bank: string;
            bankName: string;
            /** @description 是否符合产品准入条件 */
            isEligible: boolean;
            /** @description 逐条准入条件的比对结果 */
            checks: {
                /** @enum {string} */
                rule: "amount" | "term" | "grade" | "tier" | "patents" | "collateral";
                label: string;
                isMet: boolean;
                /** @description 比对说明 */
                detail: string;
            }[];
            /**
             * @description pending 待回应；interested 有意向；declined 不予受理
             * @enum {string}
             */
            answer: "pending" | "interested" | "declined";
            answerLabel: string;
            answerReason: string | null;
            /**
             * @description granted 已放款；refused 未放款
             * @enum {string|null}
             */
            outcome: "granted" | "refused" | null;
            outcomeLabel: string | null;
            outcomeReason: string | null;
            grantedAmountWan: number | null;
            grantedOn: string | null;
            /** @description 对应的贷款报送编号 */
            loanId: number | null;
            version: number;
        };
        FinancingNeedInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 融资金额（万元） */
            amountWan: number;
            /** @description 融资期限（月） */
            termMonths: number;
            purpose: string;
            /** @description 可提供的担保方式 */
            collaterals: {
                code: string;
                label: string;
            }[];
            /** @description 发布时的信用等级 */
            grade: string | null;
            /** @description 发布时的有效发明专利件数 */
            inventionPatents: number;
            /** @description 梯次培育库层级 */
            tiers: {
                code: string;
                label: string;
            }[];
            publishedAt: string;
            /** @description 同意向匹配的金融机构共享信用信息 */
            hasConsent: boolean;
            /**
             * @description open 对接中；withdrawn 已撤回
             * @enum {string}
             */
            state: "open" | "withdrawn";
            stateLabel: string;
            version: number;
            /** @description 与每个产品的比对 */
            matches: components["schemas"]["FinancingMatchInput"][];
        };
        FinancingBankMatchInput: {
            id: number;
            productCode: string;
            productName: string;
            kindLabel: string;
            bank: string;
            bankName: string;
            /** @description 是否符合产品准入条件 */
            isEligible: boolean;
            /** @description 逐条准入条件的比对结果 */
            checks: {
                /** @enum {string} */
                rule: "amount" | "term" | "grade" | "tier" | "patents" | "collateral";
                label: string;
                isMet: boolean;
                /** @description 比对说明 */
                detail: string;
            }[];
            /**
             * @description pending 待回应；interested 有意向；declined 不予受理
             * @enum {string}
             */
            answer: "pending" | "interested" | "declined";
            answerLabel: string;
            answerReason: string | null;
            /**
             * @description granted 已放款；refused 未放款
             * @enum {string|null}
             */
            outcome: "granted" | "refused" | null;
            outcomeLabel: string | null;
            outcomeReason: string | null;
            grantedAmountWan: number | null;
            grantedOn: string | null;
            /** @description 对应的贷款报送编号 */
            loanId: number | null;
            version: number;
            needId: number;
            uscc: string;
            enterpriseName: string;
            /** @description 融资金额（万元） */
            amountWan: number;
            /** @description 融资期限（月） */
            termMonths: number;
            purpose: string;
            /** @description 可提供的担保方式 */
            collaterals: {
                code: string;
                label: string;
            }[];
            /** @description 发布时的信用等级 */
            grade: string | null;
            /** @description 发布时的有效发明专利件数 */
            inventionPatents: number;
            /** @description 梯次培育库层级 */
            tiers: {
                code: string;
                label: string;
            }[];
            publishedAt: string;
        };
        FinancingFunnelInput: {
            needs: {
                /** @description 发布的需求 */
                published: number;
                /** @description 其中同意共享信用信息的 */
                consented: number;
                /** @description 其中匹配到产品的 */
                matched: number;
                /** @description 其中已有机构回应的 */
                answered: number;
                /** @description 其中已获放款的 */
                granted: number;
            };
            byProduct: {
                bank: string;
                bankName: string;
                productCode: string;
                productName: string;
                /** @description 推送给机构的需求（符合条件且企业同意共享） */
                matched: number;
                answered: number;
                interested: number;
                declined: number;
                granted: number;
                refused: number;
                /** @description 放款金额（万元） */
                grantedAmountWan: number;
            }[];
            byBank: {
                bank: string;
                bankName: string;
                /** @description 推送给机构的需求（符合条件且企业同意共享） */
                matched: number;
                answered: number;
                interested: number;
                declined: number;
                granted: number;
                refused: number;
                /** @description 放款金额（万元） */
                grantedAmountWan: number;
            }[];
        };
        FinancingEventInput: {
            id: number;
            title: string;
            heldOn: string;
            venue: string | null;
            createdBy: string;
            enterprises: {
                uscc: string;
                name: string;
            }[];
            banks: {
                bank: string;
                bankName: string;
            }[];
            /** @description 参加企业的需求与参加机构产品的对接结果 */
            results: components["schemas"]["FinancingFunnelInput"];
        };
        CreditIndexPointInput: {
            month: string;
            /**
             * @description 状态：closed 已结算（冻结，不再改变）；provisional 暂定（本月或尚未结算的月份，随评价更新而变化）
             * @enum {string}
             */
            status: "closed" | "provisional";
            /** @description 为真时该组企业少于最小分组数，不公布任何数值 */
            withheld: boolean;
            /** @description 指数（基期 = 100）；不公布或该组无基期值时为空 */
            value: number | null;
            /** @description 综合测度（0–100） */
            rawMeasure: number | null;
            /** @description 信用水平：平均分 */
            meanScore: number | null;
            /** @description 守信面：良好及以上等级占比 */
            goodShare: number | null;
            /** @description 失信面：较差等级占比 */
            poorShare: number | null;
            /** @description 统计企业数 */
            enterprises: number | null;
            /** @description 计算该值所用方法的摘要 */
            methodDigest: string;
        };
        CreditIndexSeriesInput: {
            /** @enum {string} */
            dimension: "district" | "region" | "industry_section" | "industry_division" | "tier";
            dimensionLabel: string;
            from: string;
            to: string;
            /** @description 基期（= 100） */
            baseMonth: string;
            /** @description 少于此数的分组不公布 */
            minGroupSize: number;
            /** @description 现行方法摘要 */
            methodDigest: string;
            method: {
                title: string;
                /** @description 编制方法全文与参数 */
                href: string;
                summary: string;
            };
            months: {
                month: string;
                /**
                 * @description 状态：closed 已结算（冻结，不再改变）；provisional 暂定（本月或尚未结算的月份，随评价更新而变化）
                 * @enum {string}
                 */
                status: "closed" | "provisional";
                /**
                 * @description evaluations 来自平台存储的评价结果；backfill 演示区县的回溯重建
                 * @enum {string}
                 */
                source: "evaluations" | "backfill";
                methodDigest: string;
                /** @description 该月所计评价结果的评价模型版本 */
                modelVersions: string[];
                closedAt: string | null;
            }[];
            series: {
                group: string;
                label: string;
                points: components["schemas"]["CreditIndexPointInput"][];
            }[];
        };
        CreditIndexMethodInput: {
            title: string;
            formula: string;
            /** @description 决定数值的参数的 SHA-256 摘要 */
            digest: string;
            baseMonth: string;
            minGroupSize: number;
            components: {
                code: string;
                label: string;
                weight: number;
                grades: string[];
                description: string;
            }[];
            dimensions: {
                code: string;
                label: string;
            }[];
            references: {
                topic: string;
                reference: string;
                /** @description 依据（文件名称与条款） */
                referenceText: string;
            }[];
            /** @description 编制说明全文（Markdown） */
            text: string;
            /** @description 编制说明全文（Markdown），其中的文件引用写作文件名称与条款 */
            readableText: string;
        };
        GradeDistributionInput: {
            /** @description 现行评价模型版本（尚未发布为空） */
            modelVersion: string | null;
            /** @description 现行评价模型的名称与版本（尚未发布为空） */
            modelName: string | null;
            /** @description 企业库中的企业数 */
            enterprises: number;
            /** @description 尚无信用等级的企业数 */
            unrated: number;
            /** @description 按现行模型的等级表排列（最好的在前） */
            grades: {
                grade: string;
                label: string;
                /** @description 对应的市场监管信用风险分类 */
                samrClass: string | null;
                count: number;
            }[];
        };
        ImportPreviewInput: {
            /** @description 上传编号，提交入库时使用（24 小时内有效） */
            uploadId: string;
            fileName: string;
            /** @description xlsx、csv、json 或 ndjson */
            format: string;
            fileHash: string;
            sizeBytes: number;
            department: {
                code: string;
                name: string;
            };
            /** @description 记录类别（按表头识别，或上传时指定） */
            kind: {
                code: string;
                label: string;
            };
            headerRow: number;
            /** @description 表头与字段的对应；field 为空表示该列不是此类记录的字段 */
            columns: {
                column: string;
                field: {
                    key: string;
                    label: string;
                    required: boolean;
                    personal: boolean;
                } | null;
            }[];
            /** @description 缺少的必填列 */
            missingColumns: string[];
            totalRows: number;
            validRows: number;
            rejectedRows: number;
            errorCount: number;
            /** @description 前 200 处错误（全部计入 errorCount） */
            errors: {
                /** @description 行号（与 Excel 一致，表头为第 1 行） */
                row: number;
                /** @description 列（表头） */
                column: string;
                /** @description 原因 */
                reason: string;
            }[];
            /** @description 可入库但需留意的警告数（如文件的公示截止期与本平台计算的不一致） */
            warningCount: number;
            /** @description 前 200 处警告（全部计入 warningCount） */
            warnings: {
                /** @description 行号（与 Excel 一致，表头为第 1 行） */
                row: number;
                /** @description 列（表头） */
                column: string;
                /** @description 原因 */
                reason: string;
            }[];
            /** @description 文件中处罚机关（或许可机关）为其他部门的行数：可能选错了文件 */
            otherDepartments: {
                name: string;
                rows: number;
            }[];
            /** @description 前 10 行数据（个人信息不显示）及其错误与警告 */
            sample: {
                row: number;
                cells: (string | null)[];
                errors: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                warnings: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
            }[];
        };
        ImportJobInput: {
            id: string;
            uploadId: string;
            departmentCode: string;
            fileName: string;
            /** @enum {string} */
            mode: "all-or-nothing" | "accept-valid";
            /** @description 发起人账号 */
            startedBy: string;
            /** @description 发起人姓名 */
            startedByName: string;
            startedAt: string;
            /**
             * @description running 进行中、done 已结束（入库或整批拒收，见 result）、failed 出错
             * @enum {string}
             */
            status: "running" | "done" | "failed";
            /** @description 已读取的数据行 */
            processed: number;
            /** @description 数据行总数（预览时统计） */
            total: number | null;
            message: string;
            result: {
                batchId: number;
                /** @enum {string} */
                status: "committed" | "rejected";
                totalRows: number;
                created: number;
                updated: number;
                unchanged: number;
                rejected: number;
                errorCount: number;
                errors: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                warningCount: number;
                warnings: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                reason?: string;
                /** @description 是否有拒收文件（含“错误原因”列）可下载 */
                hasRejectionFile: boolean;
            } | null;
        };
        ImportBatchInput: {
            id: number;
            departmentCode: string;
            departmentName: string;
            kind: string;
            kindLabel: string;
            fileName: string;
            format: string;
            mode: string;
            /** @description committed 已入库、rejected 整批拒收、open 进行中、interrupted 中断（导入进程在入库前终止，未入库） */
            status: string;
            /** @description 状态的中文名称 */
            statusLabel: string;
            /** @description 操作人账号 */
            operator: string;
            /** @description 操作人姓名 */
            operatorName: string;
            totalRows: number;
            createdRows: number;
            updatedRows: number;
            unchangedRows: number;
            rejectedRows: number;
            errorSummary: string | null;
            /** @description 警告数（如公示截止期与本平台计算的不一致） */
            warningCount: number;
            /** @description 前 20 处警告，每行一处 */
            warningSummary: string | null;
            startedAt: string;
            finishedAt: string | null;
            hasRejectionFile: boolean;
        };
        EnterpriseRequestInput: {
            id: number;
            /** @description 查询码 */
            trackingCode: string;
            /** @enum {string} */
            requestType: "request" | "complaint";
            requestTypeLabel: string;
            category: string;
            categoryLabel: string;
            title: string;
            body: string;
            /** @description 附件 SHA-256 */
            attachments: string[];
            requester: {
                /** @enum {string} */
                kind: "enterprise" | "visitor";
                uscc: string | null;
                name: string | null;
                /** @description 访客手机号码（脱敏） */
                phoneMasked: string | null;
            };
            /** @description 当前承办部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 分办依据 */
            routingExplanation: string;
            /** @enum {string} */
            state: "submitted" | "accepted" | "in_progress" | "answered" | "rectifying" | "rated" | "closed";
            stateLabel: string;
            version: number;
            filedOn: string;
            /** @description 当前答复（或整改答复）时限 */
            dueOn: string;
            deadline: {
                workingDaysLeft: number | null;
                isOverdue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
            firstAnsweredOn: string | null;
            answer: {
                text: string;
                answeredOn: string | null;
                /** @description 答复人账号（仅工作人员可见） */
                answeredBy: string | null;
                /** @description 答复人姓名（仅工作人员可见） */
                answeredByName: string | null;
            } | null;
            rating: {
                code: string;
                label: string;
                comment: string | null;
                ratedOn: string | null;
            } | null;
            /** @description 差评后重新办理（整改）的次数 */
            reopenCount: number;
            /** @description 最近一次超期督办的日期 */
            escalatedOn: string | null;
            escalationCount: number;
            /** @description 整改后仍不满意，已列入督查 */
            isFlaggedForSupervision: boolean;
            outcome: string | null;
            outcomeLabel: string | null;
            closedOn: string | null;
            /** @description 重复诉求所关联的原诉求编号 */
            duplicateOf: number | null;
            recordId: number | null;
            evaluationId: number | null;
            /** @description 信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections） */
            objectionHint: {
                message: string;
                /** @enum {string} */
                path: "/api/objections";
                recordId: number | null;
                evaluationId: number | null;
            } | null;
            createdAt: string;
            updatedAt: string;
        };
        EnterpriseRequestDetailInput: {
            id: number;
            /** @description 查询码 */
            trackingCode: string;
            /** @enum {string} */
            requestType: "request" | "complaint";
            requestTypeLabel: string;
            category: string;
            categoryLabel: string;
            title: string;
            body: string;
            /** @description 附件 SHA-256 */
            attachments: string[];
            requester: {
                /** @enum {string} */
                kind: "enterprise" | "visitor";
                uscc: string | null;
                name: string | null;
                /** @description 访客手机号码（脱敏） */
                phoneMasked: string | null;
            };
            /** @description 当前承办部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 分办依据 */
            routingExplanation: string;
            /** @enum {string} */
            state: "submitted" | "accepted" | "in_progress" | "answered" | "rectifying" | "rated" | "closed";
            stateLabel: string;
            version: number;
            filedOn: string;
            /** @description 当前答复（或整改答复）时限 */
            dueOn: string;
            deadline: {
                workingDaysLeft: number | null;
                isOverdue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
            firstAnsweredOn: string | null;
            answer: {
                text: string;
                answeredOn: string | null;
                /** @description 答复人账号（仅工作人员可见） */
                answeredBy: string | null;
                /** @description 答复人姓名（仅工作人员可见） */
                answeredByName: string | null;
            } | null;
            rating: {
                code: string;
                label: string;
                comment: string | null;
                ratedOn: string | null;
            } | null;
            /** @description 差评后重新办理（整改）的次数 */
            reopenCount: number;
            /** @description 最近一次超期督办的日期 */
            escalatedOn: string | null;
            escalationCount: number;
            /** @description 整改后仍不满意，已列入督查 */
            isFlaggedForSupervision: boolean;
            outcome: string | null;
            outcomeLabel: string | null;
            closedOn: string | null;
            /** @description 重复诉求所关联的原诉求编号 */
            duplicateOf: number | null;
            recordId: number | null;
            evaluationId: number | null;
            /** @description 信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections） */
            objectionHint: {
                message: string;
                /** @enum {string} */
                path: "/api/objections";
                recordId: number | null;
                evaluationId: number | null;
            } | null;
            createdAt: string;
            updatedAt: string;
            history: {
                action: string;
                actionLabel: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                departmentCode: string | null;
                /** @description 经办账号（仅工作人员可见） */
                actor: string | null;
                /** @description 经办人姓名（仅工作人员可见） */
                actorName: string | null;
                note: string | null;
                occurredOn: string;
                createdAt: string;
            }[];
            /** @description 关联到本诉求的重复诉求编号 */
            duplicates: number[];
        };
        RequestMetricsInput: {
            /** @description 诉求量 */
            volume: number;
            answered: number;
            /** @description 平均响应时间（工作日） */
            meanResponseWorkingDays: number | null;
            /** @description 响应时间中位数（工作日） */
            medianResponseWorkingDays: number | null;
            overdue: number;
            overdueRate: number | null;
            rated: number;
            /** @description 各评价等级的件数 */
            ratings: {
                [key: string]: number;
            };
            satisfied: number;
            /** @description 满意率（非常满意、满意、基本满意占已评价件数的比例） */
            satisfactionRate: number | null;
        };
        RequestAnalysisInput: {
            from: string;
            to: string;
            asOf: string;
            departmentCode: string | null;
            months: {
                month: string;
                total: components["schemas"]["RequestMetricsInput"];
                byDepartment: {
                    departmentCode: string;
                    departmentName: string;
                    metrics: components["schemas"]["RequestMetricsInput"];
                }[];
                byCategory: {
                    category: string;
                    categoryLabel: string;
                    metrics: components["schemas"]["RequestMetricsInput"];
                }[];
                cells: {
                    departmentCode: string;
                    departmentName: string;
                    category: string;
                    categoryLabel: string;
                    metrics: components["schemas"]["RequestMetricsInput"];
                }[];
            }[];
            /** @description 统计口径 */
            method: string;
        };
        StaffReminderInput: {
            id: number;
            topic: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            role: string;
            departmentCode: string | null;
            createdAt: string;
        };
        ReformTaskReportInput: {
            id: number;
            taskCode: string;
            unitCode: string;
            /**
             * @description not_started 未开始、in_progress 推进中、done 已完成
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "done";
            percent: number | null;
            text: string;
            attachments: string[];
            reportedOn: string;
            /** @description 填报人账号 */
            reportedBy: string;
            /** @description 填报人姓名 */
            reportedByName?: string;
        };
        ReformTaskInput: {
            code: string;
            listCode: string;
            /** @description 序号 */
            sequence: number;
            /** @description 实施阶段 */
            phase: string;
            /** @description 主要任务 */
            mainTask: string;
            /** @description 对应的方案条款 */
            clause: string;
            /** @description 对应的方案条款（文件名称与条款，供阅读） */
            clauseText: string;
            /** @description 细化任务（原文） */
            text: string;
            /** @description 牵头单位（原文） */
            leadText: string;
            /** @description 责任单位（原文） */
            responsibleText: string;
            lead: {
                code: string;
                name: string;
                shortName: string;
            }[];
            responsible: {
                code: string;
                name: string;
                shortName: string;
            }[];
            /** @description 原文中的集合称谓（如“等有关部门”），不对应具体部门 */
            responsibleOthers: string[];
            /** @description 完成时间（原文） */
            deadlineText: string;
            /** @description 完成时间；持续推进的为空 */
            deadline: string | null;
            /**
             * @description done 已完成、on_track 正常推进、at_risk 临期、late 逾期
             * @enum {string}
             */
            status: "done" | "on_track" | "at_risk" | "late";
            statusLabel: string;
            completedOn: string | null;
            isCompletedLate: boolean;
            workingDaysLeft: number | null;
            /** @description 剩余工作日是否在节假日日历覆盖范围内；否：按现行节假日安排推算，待次年安排公布后更新 */
            isCovered: boolean;
            /** @description 各牵头单位截至统计日的最新报送 */
            leadReports: components["schemas"]["ReformTaskReportInput"][];
            latestReport: components["schemas"]["ReformTaskReportInput"] | null;
            reportCount: number;
        };
        ReformTaskCountsInput: {
            total: number;
            done: number;
            on_track: number;
            at_risk: number;
            late: number;
        };
        PublicOverviewInput: {
            /** @description 现行评价模型（尚未发布为空） */
            model: {
                version: string;
                /** @description 便于阅读的版本，如“v1 版” */
                versionLabel: string;
                title: string;
                publishedOn: string | null;
            } | null;
            /** @description 企业库中的企业数 */
            enterprises: number;
            /** @description 已有信用评价结果的企业数 */
            rated: number;
            /** @description 各等级企业数，按等级表由高到低 */
            grades: {
                grade: string;
                label: string;
                samrClass: string | null;
                count: number;
            }[];
            /** @description 是否公布每家企业的信用等级 */
            isGradeListPublished: boolean;
            /** @description 统计时间（数字每分钟更新一次） */
            computedAt: string;
        };
        PublicGradeInput: {
            uscc: string;
            name: string;
            grade: string;
            gradeLabel: string;
            /** @description 评价基准日 */
            evaluatedOn: string;
        };
        PublicRecordInput: {
            id: number;
            /** @description administrative_license 行政许可；administrative_penalty 行政处罚 */
            kind: string;
            kindLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 决定文书号 */
            decisionNumber: string | null;
            /** @description 许可类别或处罚类别 */
            category: string | null;
            /** @description 许可内容或违法行为类型 */
            summary: string | null;
            /** @description 决定日期 */
            decidedOn: string | null;
            /** @description 许可机关或处罚机关 */
            authority: string | null;
            /** @description 公示截止日；为空表示长期有效的许可 */
            publicUntil: string | null;
            /** @description 公开的全部字段（国家双公示表头） */
            details: {
                label: string;
                value: string;
            }[];
        };
        PublicInspectionInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            inspectionNumber: string | null;
            planTitle: string | null;
            /** @description 检查结果 */
            outcome: string | null;
            inspectedOn: string | null;
            /** @description 检查机关 */
            authority: string | null;
        };
        PublicHonestCaseInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            title: string;
            story: string;
            /** @description 亮点（荣誉表彰等） */
            highlights: string[];
            /** @description 发布时的信用等级 */
            grade: string;
            /** @description 该等级的评价基准日 */
            gradeAsOf: string;
            publishedOn: string;
        };
        ModelChangeLogInput: {
            /** @description 比较的原版本 */
            from: string;
            /** @description 比较的新版本 */
            to: string;
            changes: {
                /** @enum {string} */
                subject: "model" | "dimension" | "indicator" | "parameter" | "grade" | "veto";
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                id: string;
                /** @description 变化（中文一句话，含新旧取值） */
                text: string;
                /** @description 依据 */
                reference: string;
            }[];
        };
        ModelDocumentationInput: {
            version: string;
            /** @description 便于阅读的版本，如“v1 版” */
            versionLabel: string;
            title: string;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string;
            /** @description 可评价的最早基准日 */
            evaluableFrom: string;
            publishedOn: string | null;
            reference: string;
            /** @description 模型定义的 SHA-256 摘要；每次评价都记录它 */
            digest: string;
            score: {
                min: number;
                max: number;
                decimals: number;
            };
            dimensions: {
                id: string;
                label: string;
                /** @description 权重（0–1） */
                weight: number;
                /** @description 基础分 */
                base: number;
                min: number;
                max: number;
                reference: string;
                indicators: {
                    id: string;
                    label: string;
                    description: string;
                    reference: string;
                    /** @description 读取的信用记录类别 */
                    recordKinds: string[];
                    /** @description 时间窗口 */
                    window: string;
                    /** @description 用到的参数 */
                    parameters: string[];
                }[];
            }[];
            grades: {
                grade: string;
                label: string;
                /** @description 分数线；兜底行为空 */
                minScore: number | null;
                samrClass: string;
                samrLabel: string;
                description: string;
            }[];
            vetoes: {
                id: string;
                label: string;
                condition: string;
                /** @description 封顶等级 */
                capGrade: string;
                reference: string;
            }[];
            parameters: {
                id: string;
                /** @enum {string} */
                type: "number" | "lookup" | "bands" | "decay";
                description: string;
                unit: string;
                reference: string;
                values: {
                    /** @description 生效日期 */
                    from: string;
                    /** @description 取值（文字） */
                    text: string;
                }[];
            }[];
            /** @description 模型说明全文（Markdown） */
            readme: string;
            /** @description 与被本版本取代的版本相比的变更记录（由两个版本的模型文件生成）；首个版本为空 */
            changeLog: components["schemas"]["ModelChangeLogInput"] | null;
        };
        HonestCaseInput: {
            id: number;
            uscc: string;
            enterpriseName: string;
            title: string;
            story: string;
            /** @description 亮点（荣誉表彰等） */
            highlights: string[];
            /** @description 发布时的信用等级 */
            grade: string;
            /** @description 该等级的评价基准日 */
            gradeAsOf: string;
            publishedOn: string;
            /**
             * @description published 发布中；withdrawn 已撤回
             * @enum {string}
             */
            state: "published" | "withdrawn";
            version: number;
            /** @description 发布人账号 */
            publishedBy: string;
            /** @description 发布人姓名 */
            publishedByName: string;
            publishedAt: string;
            /** @description 撤回人账号 */
            withdrawnBy: string | null;
            /** @description 撤回人姓名 */
            withdrawnByName: string | null;
            withdrawnAt: string | null;
            withdrawalReason: string | null;
            /** @description 企业现行信用等级 */
            currentGrade: string | null;
            /** @description 公众门户现在是否展示 */
            isShownPublicly: boolean;
            /** @description 发布中但不展示的原因 */
            hiddenReason: string | null;
        };
        HolidayYearInput: {
            year: number;
            /** @description 国务院办公厅通知名称与文号 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
            /** @description 是否已对照通知原文核实 */
            isConfirmed: boolean;
            /**
             * @description catalog 随平台发布的节假日安排写入；loaded 由管理人员载入
             * @enum {string}
             */
            source: "catalog" | "loaded";
            /** @description 载入人账号 */
            loadedBy: string;
            /** @description 载入人姓名 */
            loadedByName: string;
            loadedAt: string;
            holidays: {
                name: string;
                from: string;
                to: string;
                days: number;
            }[];
            /** @description 调休上班日（周末） */
            workdays: string[];
        };
        PortalOverviewInput: {
            uscc: string;
            name: string;
            /** @description 统计日（北京时间） */
            today: string;
            /** @description 当前评价及对其提出异议的期限；尚未评价为空 */
            evaluation: {
                id: number;
                grade: string;
                score: number;
                asOf: string;
                /** @description 评价结果生成日 */
                evaluatedOn: string;
                objection: {
                    /** @description 可提出异议的最后一天 */
                    lastDay: string;
                    /** @description 现在能否提出异议（在期限内且没有办理中的异议） */
                    canFile: boolean;
                    /** @description 办理中的异议申请编号 */
                    openCaseId: number | null;
                };
            } | null;
            unreadMessages: number;
            /** @description 待审核的自主申报、异议与信用修复申请件数 */
            openCases: {
                declarations: number;
                objections: number;
                repairs: number;
            };
            /** @description 已作出、尚未核查的信用承诺件数 */
            signedCommitments: number;
            limits: {
                /** @description 单个附件大小上限（字节） */
                attachmentMaxBytes: number;
                /** @description 异议申请期限（自然日） */
                objectionFilingWindowDays: number;
                /** @description 异议自受理起的办结时限（工作日） */
                objectionReviewWorkingDays: number;
                /** @description 信用修复申请自受理起的审核时限（工作日） */
                repairReviewWorkingDays: number;
            };
        };
        OwnRecordInput: {
            id: number;
            kind: string;
            kindLabel: string;
            category: string;
            /** @enum {string} */
            polarity: "positive" | "negative" | "neutral";
            /** @description 来源部门（简称） */
            departmentName: string;
            occurredOn: string | null;
            endsOn: string | null;
            /** @description 文号 / 证书编号 */
            number: string | null;
            /** @description 记录摘要（不含个人信息） */
            summary: string;
            /** @enum {string} */
            status: "active" | "revoked" | "repaired" | "removed";
            /** @description 公示中、可申请修复、公示期满、已修复、已撤销、已移出、已过期或有效 */
            statusLabel: string;
            /** @description 负面信息的最长公示截止日 */
            publicUntil: string | null;
            /** @description 异议中、修复申请中 */
            marks: string[];
            objection: {
                /** @description 可提出异议的最后一天 */
                lastDay: string;
                /** @description 现在能否提出异议（在期限内且没有办理中的异议） */
                canFile: boolean;
                /** @description 办理中的异议申请编号 */
                openCaseId: number | null;
            };
            /** @description 仍在公示的失信信息的信用修复条件；其他记录为空 */
            repair: {
                repairableFrom: string | null;
                canApply: boolean;
                openCaseId: number | null;
                /** @description 能否申请修复及原因 */
                note: string;
            } | null;
        };
        DeclarableKindInput: {
            code: string;
            label: string;
            /** @enum {string} */
            category: "honor" | "qualification" | "other";
            categoryLabel: string;
            fields: {
                /** @description 中文表头，即申报字段名 */
                header: string;
                type: string;
                required: boolean;
                /** @description 可选值 */
                values: string[] | null;
            }[];
        };
        JobInput: {
            id: string;
            /** @description model.simulate 模拟模型；model.publish 发布模型并重评；evaluation.run 批量评价；profile.refresh_tags 刷新信用画像标签；audit.verify 校验审计链 */
            kind: string;
            /** @description 任务内容（中文） */
            label: string;
            /**
             * @description running 运行中；done 已完成；failed 失败
             * @enum {string}
             */
            status: "running" | "done" | "failed";
            /** @description 进度 0–1 */
            progress: number;
            /** @description 已处理的数量（企业、事件） */
            processed: number;
            /** @description 总数；未知时为空 */
            total: number | null;
            /** @description 当前进展或失败原因（中文） */
            message: string;
            /** @description 完成后的结果摘要（随任务类型而定） */
            result: unknown;
            error: {
                code: string;
                message: string;
            } | null;
            /** @description 发起账号 */
            startedBy: string;
            /** @description 发起人姓名 */
            startedByName: string;
            startedAt: string;
            finishedAt: string | null;
        };
        ModelVersionSummaryInput: {
            /** @description 模型标识/版本号 */
            key: string;
            modelId: string;
            version: string;
            title: string;
            /**
             * @description draft 草稿；simulated 已模拟（可发布）；published 现行发布；retired 已停用
             * @enum {string}
             */
            status: "draft" | "simulated" | "published" | "retired";
            /**
             * @description platform 随平台发布的模型；data-dir 数据目录中的本地草稿；为空表示文件已不在
             * @enum {string|null}
             */
            source: "platform" | "data-dir" | null;
            dir: string;
            /** @description 模型定义的 SHA-256 摘要（当前文件） */
            digest: string;
            /** @description 已发布或停用的版本，其文件与发布时冻结的摘要不符 */
            filesChanged: boolean;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string | null;
            /** @description 可以评价的最早基准日 */
            evaluableFrom: string | null;
            /** @description 读取模型文件发现的错误数 */
            problemCount: number;
            /** @description 该版本号最近一次模拟（摘要与当前文件不同时，文件在模拟后改过） */
            lastSimulation: {
                at: string;
                by: string;
                /** @description 模拟人姓名 */
                byName: string;
                digest: string;
            } | null;
            publishedAt: string | null;
            /** @description 发布人账号 */
            publishedBy: string | null;
            /** @description 发布人姓名 */
            publishedByName: string | null;
            retiredAt: string | null;
        };
        ModelSimulationInput: {
            /** @description 所模拟文件的摘要 */
            digest: string;
            simulatedAt: string;
            /** @description 模拟人账号 */
            simulatedBy: string;
            /** @description 模拟人姓名 */
            simulatedByName?: string;
            /** @description 对比的现行版本；为空表示模拟时尚无发布版本 */
            published: {
                modelVersion: string;
                digest: string;
            } | null;
            /** @description 评价基准日 */
            asOf: string;
            enterprises: number;
            grades: string[];
            distribution: {
                published: {
                    [key: string]: number;
                } | null;
                draft: {
                    [key: string]: number;
                };
            };
            /** @description 等级迁移矩阵：transitions[现行等级][草稿等级] = 企业数 */
            transitions: {
                [key: string]: {
                    [key: string]: number;
                };
            } | null;
            /** @description 等级变化的企业数 */
            movedCount: number;
            /** @description 等级变化的企业（至多保存前 100 家） */
            moved: {
                uscc: string;
                /** @description 企业名称（模拟保存的前 100 家有） */
                name?: string;
                fromGrade: string;
                toGrade: string;
                fromScore: number;
                toScore: number;
                /** @description 贡献变化最大的指标（至多 3 个） */
                indicators: {
                    id: string;
                    label: string;
                    fromPoints: number | null;
                    toPoints: number | null;
                    contributionChange: number;
                }[];
                /** @description 等级变化的原因：指标、维度权重或上下限、等级分数线、否决项（早于此功能的模拟没有） */
                reasons?: string[];
            }[];
            /** @description 与现行版本相比的变更记录（早于此功能的模拟没有） */
            changeLog?: components["schemas"]["ModelChangeLogInput"] | null;
        };
        ModelVersionDetailInput: {
            /** @description 模型标识/版本号 */
            key: string;
            modelId: string;
            version: string;
            title: string;
            /**
             * @description draft 草稿；simulated 已模拟（可发布）；published 现行发布；retired 已停用
             * @enum {string}
             */
            status: "draft" | "simulated" | "published" | "retired";
            /**
             * @description platform 随平台发布的模型；data-dir 数据目录中的本地草稿；为空表示文件已不在
             * @enum {string|null}
             */
            source: "platform" | "data-dir" | null;
            dir: string;
            /** @description 模型定义的 SHA-256 摘要（当前文件） */
            digest: string;
            /** @description 已发布或停用的版本，其文件与发布时冻结的摘要不符 */
            filesChanged: boolean;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string | null;
            /** @description 可以评价的最早基准日 */
            evaluableFrom: string | null;
            /** @description 读取模型文件发现的错误数 */
            problemCount: number;
            /** @description 该版本号最近一次模拟（摘要与当前文件不同时，文件在模拟后改过） */
            lastSimulation: {
                at: string;
                by: string;
                /** @description 模拟人姓名 */
                byName: string;
                digest: string;
            } | null;
            publishedAt: string | null;
            /** @description 发布人账号 */
            publishedBy: string | null;
            /** @description 发布人姓名 */
            publishedByName: string | null;
            retiredAt: string | null;
            reference: string;
            /** @description 依据（文件名称与条款，供阅读） */
            referenceText: string;
            score: {
                min: number;
                max: number;
                decimals: number;
            };
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                min: number;
                max: number;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                indicators: string[];
            }[];
            indicators: {
                id: string;
                label: string;
                description: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                dimension: string;
                ruleType: string;
                kinds: string[];
                parameters: string[];
                testCount: number;
            }[];
            parameters: {
                id: string;
                file: string;
                /** @description number 数值；lookup 对照表；bands 分段表；decay 时间衰减 */
                type: string;
                description: string;
                unit: string;
                /** @description 依据（文号与条款，或模型说明的章节） */
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                /** @description 读取该参数的指标 */
                usedBy: string[];
                values: {
                    /** @description 生效日期 */
                    from: string;
                    /** @description 取值（中文） */
                    text: string;
                    value: unknown;
                }[];
            }[];
            grades: {
                grade: string;
                label: string;
                minScore: number | null;
                samrClass: string;
                samrLabel: string;
                description: string;
            }[];
            vetoes: {
                id: string;
                label: string;
                indicator: string;
                capGrade: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
            }[];
            /** @description 模型检查（xinping model lint）发现的问题；发布前须为空 */
            problems: string[];
            /** @description 未通过的模型测试用例（xinping model test）；发布前须为空 */
            testFailures: string[];
            /** @description 这些文件的模拟结果（已发布版本：发布前的模拟） */
            simulation: components["schemas"]["ModelSimulationInput"] | null;
        };
        EvaluationRunInput: {
            id: number;
            kind: string;
            kindLabel: string;
            modelVersion: string;
            /** @description 评价模型的名称与版本 */
            modelName: string;
            asOf: string;
            /**
             * @description running 运行中；interrupted 已中断（再次发起同一评价即续跑）；finished 已完成
             * @enum {string}
             */
            status: "running" | "interrupted" | "finished";
            /** @description 发起人账号 */
            operator: string;
            /** @description 发起人姓名 */
            operatorName: string;
            totalEnterprises: number;
            evaluated: number;
            stored: number;
            gradeCounts: {
                [key: string]: number;
            };
            startedAt: string;
            finishedAt: string | null;
        };
        AuditEventInput: {
            /** @description 序号（链上连续编号） */
            seq: number;
            occurredAt: string;
            /** @description 操作人账号（经 API 令牌时注明令牌编号） */
            actor: string;
            action: string;
            /** @description 动作的中文说明 */
            actionLabel: string;
            /** @description 对象类型，如 enterprise、import_batch、model_version */
            subjectType: string;
            subjectId: string;
            /** @description 事件内容 */
            payload: {
                [key: string]: unknown;
            };
            /** @description 本事件哈希 = SHA-256（前一事件哈希， 事件内容） */
            hash: string;
        };
        UpwardBatchInput: {
            id: number;
            /** @enum {string} */
            status: "pending" | "sent" | "acknowledged";
            statusLabel: string;
            itemCount: number;
            /** @description 已尝试报送次数 */
            attempts: number;
            /** @description 待报送批次的下次尝试时间（失败后按指数退避） */
            nextAttemptAt: string | null;
            /** @description 最近一次失败的原因 */
            lastError: string | null;
            /** @description 省级平台回执编号 */
            receiptId: string | null;
            acceptedCount: number | null;
            rejectedCount: number | null;
            sentAt: string | null;
            acknowledgedAt: string | null;
            createdAt: string;
        };
        UpwardItemInput: {
            /** @description 幂等键：每个记录版本或评价结果一个，重试不变 */
            idempotencyKey: string;
            /** @enum {string} */
            event: "new" | "correction" | "revocation" | "repair" | "removal" | "evaluation";
            eventLabel: string;
            dataSetLabel: string;
            uscc: string;
            enterpriseName: string;
            recordId: number | null;
            recordVersion: number | null;
            /** @description 所属日包日期（北京时间） */
            periodDay: string;
            /**
             * @description pending 待报送、sent 已报送待回执、acknowledged 已确认、rejected 被退回
             * @enum {string}
             */
            status: "pending" | "sent" | "acknowledged" | "rejected";
            statusLabel: string;
            /** @description 被退回时省级平台给出的理由 */
            reason: string | null;
        };
        UpwardSummaryInput: {
            /** @description 接收地址（XINPING_UPWARD_URL；未配置时只生成日包，不推送） */
            receiver: string | null;
            counts: {
                pending: number;
                sent: number;
                acknowledged: number;
                rejected: number;
            };
            packages: {
                day: string;
                items: number;
                files: number;
                generatedAt: string;
            }[];
        };
        UnifiedIdentityInput: {
            userId: number;
            /**
             * @description enterprise 企业（按统一社会信用代码）、staff 工作人员（按统一身份标识）
             * @enum {string}
             */
            kind: "enterprise" | "staff";
            /** @description 统一身份标识（工作人员）或统一社会信用代码（企业） */
            subject: string;
            /** @description 关联人：系统管理员，或 enterprise_consent 企业本人授权 */
            linkedBy: string;
            createdAt: string;
        };
        NotificationChannelsInput: {
            /** @description 这些设置所属的账号（总是本人） */
            username: string;
            /** @description 本平台已接入、可以开通的渠道（站内消息始终送达，不在此列） */
            availableChannels: ("sms" | "email")[];
            isSmsEnabled: boolean;
            isEmailEnabled: boolean;
            /** @description 已登记的手机号码（脱敏） */
            phoneMasked: string | null;
            /** @description 已登记的电子邮箱（脱敏） */
            emailMasked: string | null;
        };
        NotificationDeliveryInput: {
            id: number;
            /** @enum {string} */
            channel: "sms" | "email";
            channelLabel: string;
            /** @description 通知类别 */
            noticeKindLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 收件账号 */
            username: string;
            /** @description 收件地址（脱敏） */
            recipient: string;
            subject: string;
            /**
             * @description queued 待发送（含失败后等待重试）、sent 已发送、failed 多次尝试后发送失败
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            statusLabel: string;
            /** @description 已尝试发送次数 */
            attempts: number;
            /** @description 待发送的下次尝试时间（失败后按指数退避，超频时顺延） */
            nextAttemptAt: string | null;
            /** @description 最近一次失败或顺延的原因 */
            lastError: string | null;
            sentAt: string | null;
            createdAt: string;
        };
        PlatformInput: {
            /** @description 是否为演示库 */
            isDemo: boolean;
        };
        UnifiedLoginStatusInput: {
            isEnabled: boolean;
            refusals: {
                [key: string]: string;
            };
        };
        UnifiedLoginConsentInput: {
            uscc: string;
            enterpriseName: string;
            displayName: string | null;
            /** @description true：企业已有账号，授权后关联该账号；false：授权后创建企业账号 */
            hasAccount: boolean;
            /** @description 将使用的统一身份认证信息 */
            items: string[];
            expiresAt: string;
        };
        MeasureUseInput: {
            code: string;
            label: string;
            /** @enum {string} */
            kind: "incentive" | "restriction";
            /** @description 资源挂接答复中适用该措施的次数 */
            answers: number;
            /** @description 反馈次数 */
            feedbacks: number;
            /** @description 反馈已实施次数 */
            applied: number;
            /** @description 反馈未实施次数 */
            notApplied: number;
            /** @description 反馈涉及的企业数 */
            enterprises: number;
        };
        AuditEventDetailInput: {
            /** @description 序号（链上连续编号） */
            seq: number;
            occurredAt: string;
            /** @description 操作人账号（经 API 令牌时注明令牌编号） */
            actor: string;
            action: string;
            /** @description 动作的中文说明 */
            actionLabel: string;
            /** @description 对象类型，如 enterprise、import_batch、model_version */
            subjectType: string;
            subjectId: string;
            /** @description 事件内容 */
            payload: {
                [key: string]: unknown;
            };
            /** @description 本事件哈希 = SHA-256（前一事件哈希， 事件内容） */
            hash: string;
            /** @description 前一事件的哈希（第一条事件为 64 个 0） */
            prevHash: string;
        };
        Error: {
            error: {
                /**
                 * @description 错误代码（固定集合）
                 * @enum {string}
                 */
                code: "INVALID_INPUT" | "NOT_FOUND" | "CONFLICT" | "FORBIDDEN" | "UNAUTHENTICATED" | "PRECONDITION_FAILED" | "INTERNAL" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED";
                /** @description 给用户看的中文说明 */
                message: string;
            };
        };
        User: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            /** @description 数据报送单位账号所属部门代码 */
            departmentCode: string | null;
            /** @description 企业用户账号绑定的统一社会信用代码 */
            uscc: string | null;
            disabled: boolean;
            /** @description true：初始口令、已重置或已过期，登录后须先修改口令 */
            mustChangePassword: boolean;
            createdAt: string;
            updatedAt: string;
        };
        ListedUser: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            /** @description 数据报送单位账号所属部门代码 */
            departmentCode: string | null;
            /** @description 企业用户账号绑定的统一社会信用代码 */
            uscc: string | null;
            disabled: boolean;
            /** @description true：初始口令、已重置或已过期，登录后须先修改口令 */
            mustChangePassword: boolean;
            createdAt: string;
            updatedAt: string;
            /** @description 企业用户账号所绑定企业的名称 */
            enterpriseName: string | null;
        };
        Me: {
            id: number;
            username: string;
            displayName: string;
            /**
             * @description 角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员
             * @enum {string}
             */
            role: "admin" | "security_admin" | "audit_admin" | "department_operator" | "reviewer" | "enterprise" | "bank" | "association" | "inspector";
            roleLabel: string;
            departmentCode: string | null;
            uscc: string | null;
            /**
             * @description 本次请求的认证方式：session 登录会话、token API 令牌
             * @enum {string}
             */
            via: "session" | "token";
            /** @description true：须先修改口令 */
            mustChangePassword: boolean;
        };
        RecordKind: {
            code: string;
            label: string;
            category: string;
            /** @enum {string} */
            polarity: "positive" | "negative" | "neutral";
            /** @description 可报送此类记录的部门代码 */
            departments: string[];
            /** @description 自然键字段：同一键重报即更正 */
            naturalKey: string[];
            fields: {
                key: string;
                /** @description 国家/常用中文表头 */
                header: string;
                /** @description 其他可接受的表头 */
                aliases: string[];
                type: string;
                required: boolean;
                /** @description 个人信息：加密存储，仅所属部门可见明文 */
                personal: boolean;
                /** @description 可选值 */
                values?: string[];
            }[];
        };
        Department: {
            code: string;
            name: string;
            shortName: string;
            /** @enum {string} */
            kind: "government" | "court" | "public_service" | "national";
        };
        RecordSummary: {
            id: number;
            kind: string;
            kindLabel: string;
            departmentCode: string;
            departmentName: string;
            status: string;
            occurredOn: string | null;
            endsOn: string | null;
            level: string | null;
            subtype: string | null;
            grade: string | null;
            /** @description 金额（万元） */
            amount: number | null;
            quantity: number | null;
            /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
            fields: {
                [key: string]: unknown;
            };
            version: number;
            batchId: number | null;
            /** @description 来源文件中的行号 */
            sourceRow: number | null;
            updatedAt: string;
        };
        RecordDetail: {
            id: number;
            kind: string;
            kindLabel: string;
            naturalKey: string;
            enterprise: {
                uscc: string;
                name: string;
            };
            departmentCode: string;
            departmentName: string;
            version: number;
            status: string;
            /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
            fields: {
                [key: string]: unknown;
            };
            createdAt: string;
            updatedAt: string;
            /** @description 是否显示了个人信息明文 */
            revealed: boolean;
            /** @description 历次版本，最早的在前 */
            versions: {
                version: number;
                change: string;
                status: string;
                occurredOn: string | null;
                endsOn: string | null;
                level: string | null;
                subtype: string | null;
                grade: string | null;
                amount: number | null;
                quantity: number | null;
                /** @description 按目录字段键的全部字段；个人信息默认脱敏 */
                fields: {
                    [key: string]: unknown;
                };
                contentHash: string;
                sourceRow: number | null;
                operator: string;
                recordedAt: string;
                /** @description 写入此版本的批次（报送单位、文件、摘要、操作人、时间） */
                provenance: {
                    batchId: number;
                    departmentCode: string;
                    fileName: string;
                    fileHash: string;
                    format: string;
                    operator: string;
                    receivedAt: string;
                } | null;
            }[];
        };
        PushResult: {
            batchId: number;
            /**
             * @description committed 已入库；rejected 整批未入库（原因见 reason 与 errors）
             * @enum {string}
             */
            status: "committed" | "rejected";
            department: {
                code: string;
                name: string;
            };
            kind: {
                code: string;
                label: string;
            };
            /** @description 本批内容摘要（相同内容重复报送不产生新版本） */
            fileHash: string;
            totalRows: number;
            created: number;
            updated: number;
            unchanged: number;
            rejected: number;
            errors: {
                /** @description 第几条记录（从 1 起） */
                row: number;
                column: string;
                reason: string;
            }[];
            errorCount: number;
            reason?: string;
        };
        EnterpriseListItem: {
            uscc: string;
            name: string;
            /** @description 登记状态 */
            status: string;
            industryCode: string | null;
            /** @description 行业名称（国民经济行业分类大类或门类） */
            industryLabel: string | null;
            regionCode: string | null;
            /** @description 科创层级代码 */
            tiers: string[];
            /** @description 科创层级名称 */
            tierLabels: string[];
            incubatorCode: string | null;
            /** @description 最近一次评价的等级（评价功能上线前为空） */
            grade: string | null;
        };
        Enterprise: {
            uscc: string;
            name: string;
            /** @description 代码所示登记管理部门与机构类别 */
            entityType: {
                authority: string;
                entityType: string;
            } | null;
            /** @description 法定代表人（已脱敏，如 张*明） */
            legalRepresentative: string | null;
            industryCode: string | null;
            industryLabel: string | null;
            regionCode: string | null;
            /** @description 行政区划名称（区划代码未收录时为空） */
            regionLabel: string | null;
            registeredOn: string | null;
            status: string;
            tiers: string[];
            tierLabels: string[];
            incubatorCode: string | null;
            incubatorName: string | null;
            /** @description 代码校验警告（如组织机构代码校验位不符） */
            usccWarning: string | null;
            /** @description registry 名录登记；import 仅由部门记录引入 */
            source: string;
            grade: string | null;
        };
        ApiToken: {
            id: number;
            name: string;
            /** @description 令牌开头几位，用于辨认 */
            prefix: string;
            /** @description 所属账号用户名 */
            owner: string;
            scopes: ("read" | "write")[];
            /** @description 部门令牌：以该部门的身份报送记录 */
            departmentCode: string | null;
            /** @description 可报送的记录类别代码；null 为该部门可报送的全部类别 */
            recordKinds: string[] | null;
            createdAt: string;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description 最近使用时间（精确到分钟） */
            lastUsedAt: string | null;
        };
        PushReceiptSummary: {
            /** @description 回执编号：之后可凭此查询 */
            receiptId: number;
            departmentCode: string;
            /** @description 报送账号（令牌报送时附令牌编号） */
            operator: string;
            /** @description 报送人姓名（令牌报送时附令牌编号） */
            operatorName: string;
            receivedAt: string;
            totalRows: number;
            /** @description 已接收条数 */
            accepted: number;
            /** @description 幂等键此前已接收、未重复入库的条数 */
            duplicates: number;
            /** @description 未接收条数 */
            refused: number;
        };
        PushReceipt: {
            /** @description 回执编号：之后可凭此查询 */
            receiptId: number;
            departmentCode: string;
            /** @description 报送账号（令牌报送时附令牌编号） */
            operator: string;
            /** @description 报送人姓名（令牌报送时附令牌编号） */
            operatorName: string;
            receivedAt: string;
            totalRows: number;
            /** @description 已接收条数 */
            accepted: number;
            /** @description 幂等键此前已接收、未重复入库的条数 */
            duplicates: number;
            /** @description 未接收条数 */
            refused: number;
            rows: {
                /** @description 本次报送中的第几条（从 1 起） */
                row: number;
                idempotencyKey: string;
                kind: string | null;
                kindLabel: string | null;
                /**
                 * @description accepted 已接收；duplicate 此前已接收（未重复入库）；refused 未接收
                 * @enum {string}
                 */
                status: "accepted" | "duplicate" | "refused";
                statusLabel: string;
                /**
                 * @description created 新增；updated 更正为新版本；unchanged 与现有版本相同
                 * @enum {string|null}
                 */
                outcome: "created" | "updated" | "unchanged" | null;
                outcomeLabel: string | null;
                /** @description 入库的记录编号 */
                recordId: number | null;
                /** @description 记录版本号 */
                recordVersion: number | null;
                /** @description 写入的导入批次 */
                batchId: number | null;
                /** @description 未接收时出错的字段（中文表头，或 kind、idempotencyKey） */
                field: string | null;
                /** @description 未接收的原因，或重复时首次接收所在的回执 */
                reason: string | null;
            }[];
        };
        CreditReport: {
            /** @enum {string} */
            format: "xinping-credit-report/1";
            /** @enum {string} */
            audience: "full" | "public";
            audienceLabel: string;
            title: string;
            subtitle: string;
            /** @description 报告编号，如 XP-420703-20261121-000123 */
            number: string;
            /** @description 签发日期（北京时间） */
            issuedOn: string;
            issuedAt: string;
            issuer: {
                name: string;
                platform: string;
            };
            enterprise: {
                name: string;
                uscc: string;
                entityType: string | null;
                /** @description 已脱敏；公示版为空 */
                legalRepresentative: string | null;
                industry: string | null;
                regionCode: string | null;
                /** @description 行政区划名称（区划代码未收录时为空） */
                regionName: string | null;
                registeredOn: string | null;
                status: string;
                tiers: string[];
                incubator: string | null;
            };
            evaluation: {
                asOf: string;
                modelVersion: string;
                modelTitle: string;
                modelDigest: string;
                score: number;
                scoreMax: number;
                grade: string;
                gradeLabel: string;
                gradeDescription: string;
                samr: {
                    class: string;
                    label: string;
                };
                gradeBeforeVetoes: string;
                vetoes: {
                    label: string;
                    capGrade: string;
                    reference: string;
                }[];
                grades: {
                    grade: string;
                    label: string;
                    minScore: number | null;
                }[];
                /** @description 评价输入指纹；公示版为空 */
                fingerprint: string | null;
            };
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                min: number;
                max: number;
                points: number;
                score: number;
                contribution: number;
            }[];
            indicators: {
                id: string;
                label: string;
                dimension: string;
                dimensionLabel: string;
                /** @description 取值；公示版中来自非公开信息的取值为“—” */
                value: string;
                points: number;
                weight: number;
                contribution: number;
                recordCount: number | null;
                reference: string;
            }[];
            /** @description 按信息类别的现行信用信息 */
            categories: {
                category: string;
                records: {
                    id: number;
                    kind: string;
                    kindLabel: string;
                    category: string;
                    /** @description 文号 / 编号 */
                    number: string | null;
                    summary: string;
                    /** @description 来源部门（简称） */
                    department: string;
                    occurredOn: string | null;
                    endsOn: string | null;
                    /** @description 有效、已撤销、已修复、已移出 */
                    status: string;
                    /** @description 是否为负面信息（已修复、已撤销、公示期满的记录永远不是） */
                    isNegative: boolean;
                    /** @description 负面信息的公示期：失信程度、状态、可申请修复日、公示截止日 */
                    publicity: {
                        level: string;
                        status: string;
                        repairableFrom: string | null;
                        publicUntil: string | null;
                    } | null;
                    /** @description 异议中、已修复、已撤销、公示期满、可申请修复、即将期满 … */
                    marks: string[];
                    /** @description 计入评价的方式，如“扣分：一般失信行政处罚” */
                    effect: string | null;
                    /** @description 计入的指标 */
                    countedBy: string[];
                }[];
            }[];
            /** @description 已修复、已撤销、已移出或公示期满的信息（不作为负面信息；公示版为空） */
            inactiveRecords: {
                id: number;
                kind: string;
                kindLabel: string;
                category: string;
                /** @description 文号 / 编号 */
                number: string | null;
                summary: string;
                /** @description 来源部门（简称） */
                department: string;
                occurredOn: string | null;
                endsOn: string | null;
                /** @description 有效、已撤销、已修复、已移出 */
                status: string;
                /** @description 是否为负面信息（已修复、已撤销、公示期满的记录永远不是） */
                isNegative: boolean;
                /** @description 负面信息的公示期：失信程度、状态、可申请修复日、公示截止日 */
                publicity: {
                    level: string;
                    status: string;
                    repairableFrom: string | null;
                    publicUntil: string | null;
                } | null;
                /** @description 异议中、已修复、已撤销、公示期满、可申请修复、即将期满 … */
                marks: string[];
                /** @description 计入评价的方式，如“扣分：一般失信行政处罚” */
                effect: string | null;
                /** @description 计入的指标 */
                countedBy: string[];
            }[];
            /** @description 信用状况客观描述 */
            description: {
                summary: string;
                dimensions: string;
                raised: string[];
                lowered: string[];
                vetoes: string[];
                leavingPublicity: string[];
                advice: string[];
            };
            notes: {
                objection: string;
                repair: string;
                use: string;
                verification: string;
            };
            verification: {
                /** @description 公开核验路径 */
                path: string;
                /** @description 验证码 */
                code: string;
                /** @description 报告数据摘要（sha256） */
                digest: string;
            };
        };
        ReportVerification: {
            number: string;
            enterpriseName: string;
            uscc: string;
            issuedOn: string;
            grade: string;
            gradeLabel: string;
            /** @description 核验结论（中文） */
            message: string;
        };
        WorkflowCase: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
        };
        WorkflowDecision: {
            id: number;
            state: string;
            recordId?: number | null;
            /** @description 决定后对企业的重新评价 */
            reevaluation?: {
                enterprises: number;
                gradeCounts: {
                    [key: string]: number;
                };
                skipped?: string;
                /** @description 企业分数与等级的变化 */
                change?: {
                    /** @description 决定前的当前评价（从未评价为空） */
                    before: {
                        /** @description 分数 */
                        score: number;
                        /** @description 信用等级 */
                        grade: string;
                    } | null;
                    /** @description 决定后的评价 */
                    after: {
                        /** @description 分数 */
                        score: number;
                        /** @description 信用等级 */
                        grade: string;
                    };
                };
            };
        };
        RepairApplication: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
            /** @description 审核时限（自受理起按工作日计算）与超期、即将到期提示 */
            deadline: {
                dueOn: string | null;
                workingDaysLeft: number | null;
                isOverdue: boolean;
                isNearlyDue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
        };
        InboxMessage: {
            id: number;
            topic: string;
            topicLabel: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            createdAt: string;
            isRead: boolean;
        };
        StaffMessage: {
            id: number;
            topic: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            /** @description 收件角色：reviewer 审核员、department_operator 数据报送单位（见 departmentCode）、admin 管理员 */
            role: string;
            departmentCode: string | null;
            createdAt: string;
        };
        Objection: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 状态代码 */
            state: string;
            /** @description 状态（中文） */
            stateLabel: string;
            /** @description 版本号，每次状态变更加 1 */
            version: number;
            /** @description 相关信用记录编号 */
            recordId: number | null;
            /** @description 审核理由（驳回、不予修复、维持原结果时必填，告知企业） */
            reason: string | null;
            /** @description 决定人账号 */
            decidedBy: string | null;
            /** @description 决定人姓名 */
            decidedByName: string | null;
            /** @description 附件 SHA-256 */
            attachments: string[];
            createdAt: string;
            updatedAt: string;
            details: {
                [key: string]: unknown;
            };
            /** @description 企业当前的评价（分数、等级、评价基准日；从未评价为空） */
            current: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
            /** @description 申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录） */
            record: {
                id: number;
                /** @description 记录类别 */
                kindLabel: string;
                /** @description 决定书文号、许可编号等（该类记录有编号时） */
                number: string | null;
                /** @description 作出决定的部门 */
                departmentName: string;
                /** @description 决定日期 */
                occurredOn: string | null;
                /** @description 截止日期（长期为空） */
                endsOn: string | null;
                /** @description 记录状态 */
                statusLabel: string;
                /** @description 记录的各字段（中文表头；不含个人信息） */
                fields: {
                    label: string;
                    value: string;
                }[];
            } | null;
            /** @description 办结时限（工作日）与超期、即将到期提示 */
            deadline: {
                dueOn: string | null;
                workingDaysLeft: number | null;
                isOverdue: boolean;
                isNearlyDue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
        };
        CommitmentList: {
            /** @description 各便利措施要求的评价等级 */
            eligibility: {
                measure: string;
                grades: string[];
                reference: string;
            }[];
            /** @description 可承诺办理的事项 */
            items: {
                code: string;
                name: string;
                department: string;
                measures: string[];
                reference: string;
            }[];
            /** @description 不实行承诺制的事项及原因 */
            excluded: {
                name: string;
                department: string;
                reason: string;
                reference: string;
            }[];
            /** @description 各类承诺书的现行文本及版本号 */
            texts: {
                type: string;
                version: string;
                text: string;
            }[];
        };
        CommitmentEligibility: {
            uscc: string;
            enterpriseName: string;
            item: {
                code: string;
                name: string;
                department: string;
                reference: string;
            };
            /** @description 当前评价等级（尚无评价时为 null） */
            grade: string | null;
            score: number | null;
            evaluatedAsOf: string | null;
            measures: {
                measure: string;
                isEligible: boolean;
                requiredGrades: string[];
                explanation: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
            }[];
        };
        RepairNotice: {
            id: number;
            /** @description 提示函编号 */
            number: string;
            /** @description 对应的信用记录编号 */
            recordId: number;
            uscc: string;
            enterpriseName: string;
            kindLabel: string;
            /** @description 作出决定的部门 */
            department: string;
            /** @description 决定书文号 */
            decisionNumber: string | null;
            decidedOn: string;
            /** @description 可申请信用修复的日期 */
            repairableFrom: string;
            /** @description 最长公示至 */
            publicUntil: string | null;
            /** @description 所依据的规定 */
            basis: string;
            issuedOn: string;
            reviewWorkingDays: number;
            platform: string;
        };
        EnterpriseGrade: {
            uscc: string;
            name: string;
            /** @description 当前信用等级（尚未评价为空） */
            grade: string | null;
            score: number | null;
            /** @description 评价基准日 */
            asOf: string | null;
            /** @description 评价模型版本 */
            modelVersion: string | null;
        };
        EvaluationTrace: {
            evaluationId: number;
            evaluatedAt: string;
            /** @description 按原输入重算的结果与存档一致（指纹相同） */
            reproduced: boolean;
            uscc: string;
            score: number;
            grade: string;
            gradeLabel: string;
            gradeBeforeVetoes: string;
            vetoes: {
                id: string;
                label: string;
                capGrade: string;
                reference: string;
                /** @description 依据：文件名称与条款 */
                referenceText: string;
            }[];
            modelVersion: string;
            /** @description 评价模型名称及版本，供页面显示 */
            modelName: string;
            asOf: string;
            fingerprint: string;
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                points: number;
                score: number;
                contribution: number;
            }[];
            indicators: {
                id: string;
                label: string;
                dimension: string;
                value: (number | string) | null;
                points: number;
                weight: number;
                contribution: number;
                reference: string;
                /** @description 依据：文件名称与条款 */
                referenceText: string;
                /** @description 计入的记录 */
                records: {
                    id: number;
                    version: number;
                    kind: string;
                    occurredOn: string | null;
                    factor: number;
                }[];
                /** @description 读取的参数 */
                parameters: {
                    id: string;
                    description: string;
                    unit: string;
                    value: unknown;
                    /** @description 参数取值的文字说明 */
                    valueText: string;
                    effectiveFrom: string;
                    reference: string;
                    /** @description 依据：文件名称与条款 */
                    referenceText: string;
                }[];
            }[];
            /** @description 未计入的记录及原因 */
            excluded: {
                id: number;
                version: number;
                kind: string;
                occurredOn: string | null;
                reason: string;
            }[];
        };
        AuditCheckpoint: {
            /** @enum {string} */
            format: "xinping-audit-checkpoint/1";
            /** @description 链头事件序号 */
            seq: number;
            /** @description 链头事件的哈希（十六进制） */
            headHash: string;
            /**
             * @description 链头事件的哈希算法
             * @enum {string}
             */
            hashAlgorithm: "sm3" | "sha256";
            /** @description 检查点日期（北京时间） */
            madeOn: string;
            /** @description 签发时间（ISO 8601） */
            madeAt: string;
            /**
             * @description 签名算法（sm2-sm3:SM2 签名、SM3 杂凑，区分标识为空）
             * @enum {string}
             */
            signatureAlgorithm: "sm2-sm3" | "ecdsa-p256-sha256";
            /** @description 对 format、seq、headHash、hashAlgorithm、madeOn、madeAt 的规范 JSON（键排序、无空白）的签名，Base64 DER */
            signature: string;
            /** @description 签名公钥（PEM） */
            publicKey: string;
            /** @description 公钥指纹（公钥 DER 的 SM3 或 SHA-256） */
            publicKeyFingerprint: string;
        };
        PlatformSigningKey: {
            /** @enum {string} */
            algorithm: "sm2-sm3" | "ecdsa-p256-sha256";
            /** @description 平台签名公钥（PEM）：核验检查点与信用报告签名（xinping report verify --public-key） */
            publicKey: string;
            fingerprint: string;
        };
        Subscription: {
            id: number;
            owner: string;
            /** @description 订阅机构或账号名称 */
            ownerName: string;
            name: string;
            eventTypes: ("grade_changed" | "negative_record" | "record_repaired" | "list_updated")[];
            eventTypeLabels: string[];
            /**
             * @description webhook 签名推送；pull 通过 /api/feed 拉取
             * @enum {string}
             */
            delivery: "webhook" | "pull";
            url: string | null;
            /** @description Webhook 每次请求最多携带的事件数；1 为逐条推送 */
            batchSize: number;
            active: boolean;
            createdAt: string;
            /** @description Webhook 投递：待投递（含重试）、已送达、已放弃 */
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
            } | null;
        };
        SharedEvent: {
            /** @description 事件编号（即游标） */
            id: number;
            /**
             * @description grade_changed 信用等级变化、negative_record 新增失信记录、record_repaired 记录已修复、list_updated 推送名单更新
             * @enum {string}
             */
            type: "grade_changed" | "negative_record" | "record_repaired" | "list_updated";
            typeLabel: string;
            uscc: string;
            enterpriseName: string;
            createdAt: string;
            /** @description 事件内容：等级变化为 grade/previousGrade/score/asOf/modelVersion；失信记录为 recordId/kind/decisionNumber/occurredOn … */
            data: {
                [key: string]: unknown;
            };
        };
        SharedEnterprise: {
            uscc: string;
            name: string;
            /** @description 当前信用等级（尚未评价为空） */
            grade: string | null;
            score: number | null;
            /** @description 评价基准日 */
            asOf: string | null;
            /** @description 推送给本机构、包含该企业的名单 */
            lists: string[];
            /** @description 企业授权本机构查询的截止日（未授权为空） */
            authorizedUntil: string | null;
        };
        EnterpriseAuthorization: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 被授权的金融机构或行业协会账号 */
            grantee: string;
            granteeName: string;
            purpose: string;
            /** @description 授权截止日（含当日） */
            validUntil: string;
            /** @description 作出授权的企业账号 */
            grantedBy: string;
            /** @description 作出授权的人员姓名 */
            grantedByName: string;
            grantedAt: string;
            revokedAt: string | null;
            /** @description 今天是否有效 */
            isActive: boolean;
        };
        NoDisturbEnterprise: {
            uscc: string;
            name: string;
            industryCode: string | null;
            /** @description 行业名称（国民经济行业分类大类或门类） */
            industryLabel: string | null;
            grade: string | null;
            riskClass: string;
        };
        RiskClassDisagreement: {
            uscc: string;
            name: string;
            industryCode: string | null;
            /** @description 市场监管部门作出的企业信用风险分类（A–D） */
            samrClass: string;
            /** @description 分类日期 */
            samrClassifiedOn: string | null;
            /** @description 分类机关 */
            samrAuthority: string | null;
            /** @description 平台信用等级 */
            grade: string;
            /** @description 平台信用等级的评价基准日 */
            gradeAsOf: string | null;
            /** @description 平台信用等级对应的风险分类 */
            gradeClass: string;
        };
        CreditMeasure: {
            code: string;
            label: string;
            /**
             * @description incentive 守信激励；restriction 失信约束
             * @enum {string}
             */
            kind: "incentive" | "restriction";
            /** @description 适用的信用等级 */
            grades: string[];
            /** @description 适用的失信类别代码（企业属该类别即适用，不论等级） */
            categories: string[];
            /** @description 适用场景代码 */
            scenes: string[];
            content: string;
            /** @description 依据条款 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
        };
        DishonestyCategory: {
            code: string;
            label: string;
            /** @description 为真时属该类别的企业不适用守信激励措施 */
            withholds_incentives: boolean;
            rules: {
                /** @description 记录类别代码 */
                kind: string;
                /** @description 仅限这些失信程度；空为全部 */
                levels: string[];
                reference: string;
            }[];
            reference: string;
        };
        EnterpriseDishonestyCategory: {
            code: string;
            label: string;
            withholdsIncentives: boolean;
            reference: string;
            /** @description 使企业属于该类别的公示期内记录 */
            records: {
                id: number;
                kind: string;
                kindLabel: string;
                departmentCode: string;
                /** @description 子类，如列入原因、处罚类别 */
                subtype: string | null;
                /** @description 失信程度 */
                level: string;
                occurredOn: string | null;
                /** @description 公示截止日；空为公示至移出 */
                publicUntil: string | null;
            }[];
        };
        ApplicableCreditMeasure: {
            code: string;
            label: string;
            /**
             * @description incentive 守信激励；restriction 失信约束
             * @enum {string}
             */
            kind: "incentive" | "restriction";
            /** @description 适用的信用等级 */
            grades: string[];
            /** @description 适用的失信类别代码（企业属该类别即适用，不论等级） */
            categories: string[];
            /** @description 适用场景代码 */
            scenes: string[];
            content: string;
            /** @description 依据条款 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
            /** @description 触发依据 */
            triggeredBy: {
                /** @description 触发该措施的信用等级；仅因失信类别适用时为空 */
                grade: string | null;
                /** @description 触发该措施的失信类别及其记录 */
                categories: components["schemas"]["EnterpriseDishonestyCategory"][];
            };
        };
        MeasureFeedback: {
            id: number;
            measureCode: string;
            measureLabel: string;
            uscc: string;
            enterpriseName: string;
            departmentCode: string;
            departmentName: string;
            appliedOn: string;
            /** @enum {string} */
            result: "applied" | "not_applied";
            resultLabel: string;
            note: string | null;
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
        };
        InspectionPlan: {
            id: number;
            departmentCode: string;
            title: string;
            /** @description 随计划公布的随机种子 */
            seed: string;
            scope: {
                industryPrefix?: string;
                tier?: string;
            };
            ratios: {
                [key: string]: number;
            };
            /** @description 检查人员名录（账号） */
            inspectors: string[];
            /** @description 检查人员姓名（与 inspectors 顺序相同） */
            inspectorNames: string[];
            inspectorsPerVisit: number;
            /** @description planned 待摇号；drawn 已摇号；published 结果已公示 */
            state: string;
            /** @description 摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算 */
            drawInputs: unknown;
            /** @description 摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源） */
            drawBasisTexts: {
                yearlyLimit: string | null;
                riskClasses: string | null;
            } | null;
            /** @description 创建人账号 */
            createdBy: string;
            /** @description 创建人姓名 */
            createdByName: string;
            /** @description 检查事项 */
            checkItems: string | null;
            /** @description 检查依据 */
            legalBasis: string | null;
            /** @description 检查期间：开始日期 */
            startsOn: string | null;
            /** @description 检查期间：截止日期（过期未录入结果即逾期） */
            dueOn: string | null;
            /** @description 检查方式：双随机、投诉举报、转办交办、专项检查、风险预警 */
            inspectionType: string;
            /** @description 非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null */
            basis: {
                [key: string]: string;
            } | null;
        };
        InspectionVisit: {
            id: number;
            planId: number;
            planTitle: string;
            departmentCode: string;
            uscc: string;
            name: string;
            riskClass: string;
            inspectors: string[];
            problem: string | null;
            jointVisitId: number | null;
            outcome: string | null;
            findings: string | null;
            inspectedOn: string | null;
            published: boolean;
            /** @description 企业住所（经营场所） */
            address: string | null;
            /** @description 检查事项 */
            checkItems: string | null;
            /** @description 检查依据 */
            legalBasis: string | null;
            /** @description 检查期间：开始日期 */
            startsOn: string | null;
            /** @description 检查期间：截止日期 */
            dueOn: string | null;
            /** @description 现场照片（附件 SHA-256） */
            photos: string[];
            /** @description 检查人员姓名（与 inspectors 顺序相同） */
            inspectorNames: string[];
            /** @description 检查方式 */
            inspectionType: string;
        };
        PublicInspectionResult: {
            planTitle: string;
            departmentCode: string;
            uscc: string;
            name: string;
            outcome: string | null;
            inspectedOn: string | null;
            /** @description 检查方式 */
            inspectionType: string;
        };
        InspectionFollowUp: {
            id: number;
            visitId: number;
            planId: number;
            planTitle: string;
            inspectionType: string;
            uscc: string;
            name: string;
            /** @description 检查结果 */
            outcome: string;
            inspectedOn: string | null;
            /**
             * @description listing_proposal 名录列入建议（须确认或驳回）；task 后续任务
             * @enum {string}
             */
            action: "listing_proposal" | "task";
            description: string;
            /** @description 应办理的部门 */
            departmentCode: string;
            proposedKind: string | null;
            proposedSubtype: string | null;
            /** @description 依据 */
            reference: string;
            /**
             * @description open 待处理；confirmed 已确认；rejected 已驳回
             * @enum {string}
             */
            state: "open" | "confirmed" | "rejected";
            /** @description 确认后写入的信用记录 */
            recordId: number | null;
            /** @description 处理人账号 */
            decidedBy: string | null;
            /** @description 处理人姓名 */
            decidedByName: string | null;
            decisionReason: string | null;
        };
        WhitelistGeneration: {
            /** @description 名单期次（编号） */
            id: number;
            listCode: string;
            /** @description 名单基准日 */
            asOf: string;
            /** @description 定期生成所属月份 YYYY-MM */
            period: string | null;
            /**
             * @description schedule 定期生成；manual 手动生成；review 每日复核（撤回不再符合条件的企业）
             * @enum {string}
             */
            trigger: "schedule" | "manual" | "review";
            triggerLabel: string;
            /** @description 生成人账号（或发起的系统任务） */
            triggeredBy: string;
            /** @description 生成人姓名 */
            triggeredByName: string;
            /** @description 生成所用入选规则的 SHA-256 摘要：两期摘要相同即按同一规则生成 */
            rulesDigest: string;
            modelVersion: string | null;
            /** @description 评价模型的名称与版本 */
            modelName: string | null;
            /** @description 有效发明专利数达到要求的企业 */
            candidates: number;
            /** @description 其中尚无评价结果的 */
            ungraded: number;
            /** @description 其中等级不够的 */
            excludedByGrade: number;
            /** @description 其中有公示期内排除记录的 */
            excludedByRecords: number;
            /** @description 入选企业 */
            listed: number;
            /** @description 推送的金融机构及其名单的增减 */
            recipients: {
                username: string;
                displayName: string;
                added: number;
                withdrawn: number;
                pushedAt: string;
            }[];
            createdAt: string;
        };
        WhitelistEntry: {
            /** @description 推介次序 */
            rank: number;
            uscc: string;
            name: string;
            industryCode: string | null;
            grade: string;
            score: number;
            evaluatedOn: string;
            validPatents: number;
            validInventionPatents: number;
            /** @description 信用等级高，优先推介（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（六）项） */
            isPriority: boolean;
        };
        ApplicantRow: {
            /** @description 在报送名单中的行号（从 1 起） */
            row: number;
            input: string;
            uscc: string | null;
            /** @description 该行无法查询的原因（行号与原因）；查到时为空 */
            error: string | null;
            name: string | null;
            validPatents: number | null;
            validInventionPatents: number | null;
            pledgedPatents: number | null;
            validTrademarks: number | null;
            inventionPatents: {
                number: string;
                name: string;
                legalStatus: string;
                grantedOn: string | null;
            }[];
            /** @description 公示期内的知识产权相关负面记录 */
            ipRecords: {
                kind: string;
                kindLabel: string;
                occurredOn: string | null;
                number: string | null;
                summary: string;
                level: string;
                publicUntil: string | null;
            }[];
            isAbnormalOperation: boolean | null;
            abnormalListings: {
                listedOn: string | null;
                reason: string;
            }[];
            grade: string | null;
            gradeLabel: string | null;
            evaluatedOn: string | null;
            /** @description 企业未授权本机构查询、也不在推送给本机构的名单中时，不提供信用等级 */
            isGradeWithheld: boolean;
            isOnWhitelist: boolean | null;
        };
        ApplicantLookup: {
            id: number;
            asOf: string;
            requestedBy: string;
            bank: string;
            submitted: number;
            found: number;
            rejected: number;
            createdAt: string;
            rows: components["schemas"]["ApplicantRow"][];
        };
        Loan: {
            id: number;
            bank: string;
            bankName: string;
            /** @description 本机构贷款业务编号 */
            bankReference: string;
            uscc: string;
            enterpriseName: string;
            /** @description 贷款金额（万元） */
            amountWan: number;
            /** @description 放款日期 */
            grantedOn: string;
            /** @description 贷款期限（月） */
            termMonths: number;
            pledgedPatentNumbers: string[];
            /**
             * @description active 有效；withdrawn 已撤回
             * @enum {string}
             */
            status: "active" | "withdrawn";
            statusLabel: string;
            version: number;
            /** @description 放款当日借款企业是否在现行白名单中 */
            isOnWhitelist: boolean;
            /** @description 放款当日现行白名单的期次 */
            whitelistGenerationId: number | null;
            reportedBy: string;
            createdAt: string;
            updatedAt: string;
        };
        WhitelistConversionStats: {
            generations: {
                generationId: number;
                asOf: string;
                triggerLabel: string;
                /** @description 金融机构账号；为空表示全部机构合计 */
                bank: string | null;
                bankName: string | null;
                /** @description 推送企业数 */
                listed: number;
                /** @description 该期名单有效期间获得贷款的入选企业数 */
                enterprisesWithLoan: number;
                loans: number;
                amountWan: number;
                /** @description 获贷企业数 ÷ 推送企业数 */
                conversionRate: number | null;
            }[];
            months: {
                month: string;
                /** @description 金融机构账号；为空表示全部机构合计 */
                bank: string | null;
                bankName: string | null;
                loans: number;
                enterprises: number;
                amountWan: number;
                /** @description 其中放款当日在白名单中的企业的贷款 */
                listedLoans: number;
                listedAmountWan: number;
            }[];
        };
        InspectorConflict: {
            /** @description 检查人员账号 */
            inspector: string;
            /** @description 检查人员姓名 */
            inspectorName: string;
            uscc: string;
            /** @description 企业名称 */
            name: string;
            /** @description 回避事由 */
            reason: string;
            /** @description 登记人账号 */
            createdBy: string;
            /** @description 登记人姓名 */
            createdByName: string;
            createdAt: string;
        };
        Policy: {
            code: string;
            name: string;
            /** @description 兑现部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 政策文件名称（文号） */
            reference: string;
            /** @description 政策文件名称（文号），供阅读 */
            referenceText: string;
            /** @description 为真时为演示拟定的本地示例，不是正式文件 */
            isLocalExample: boolean;
            /** @description 平台实施该政策所依据的文件条款 */
            basis: string;
            /** @description 依据的文件名称与条款，供阅读 */
            basisText: string;
            /** @description exempt_application 免申即享；quick_application 即申即享 */
            mode: string;
            modeLabel: string;
            validFrom: string;
            /** @description 为空表示长期有效 */
            validTo: string | null;
            /** @description 享受内容 */
            benefit: string;
            /** @description 享受条件（中文，逐条） */
            conditionLines: string[];
        };
        PolicyEligibleEnterprise: {
            uscc: string;
            name: string;
            grade: string | null;
            /** @description 符合的依据：每个条件满足所依据的事实 */
            reasons: string[];
            /** @description 匹配运行首次发现其符合的日期（尚未运行为空） */
            firstSeenOn: string | null;
            /** @description 本次连续符合的起始日期 */
            eligibleSince: string | null;
            /** @description 已通知企业的日期 */
            notifiedOn: string | null;
        };
        CheckupChange: {
            /** @enum {string} */
            type: "repair";
            /** @description 试算完成信用修复的记录编号 */
            recordId: number;
        } | {
            /** @enum {string} */
            type: "fact";
            /** @description 试算补上的信息（信用体检目录的代码） */
            fact: string;
        };
        CheckupScoreLine: {
            score: number;
            grade: string;
            gradeLabel: string;
        };
        CheckupOverview: {
            uscc: string;
            name: string;
            /** @description 试算基准日（今天） */
            asOf: string;
            modelVersion: string;
            /** @description 现行评价模型的名称与版本 */
            modelName: string;
            /** @description 按现有信息、同一模型版本计算的今天的得分 */
            current: components["schemas"]["CheckupScoreLine"];
            suggestions: {
                change: components["schemas"]["CheckupChange"];
                title: string;
                /** @description 在平台上怎样办 */
                how: string;
                /** @description 现在能否办理（修复未到可申请日期时为否） */
                isAvailableNow: boolean;
                /** @description 单独试算这一项时得分的变化 */
                scoreChange: number;
                simulated: components["schemas"]["CheckupScoreLine"];
                /** @description 假设取值的依据 */
                reference: string | null;
                /** @description 假设取值的依据（便于阅读的写法） */
                referenceText: string | null;
            }[];
        };
        CheckupSimulation: {
            uscc: string;
            name: string;
            /** @description 试算基准日（今天） */
            asOf: string;
            modelVersion: string;
            /** @description 现行评价模型的名称与版本 */
            modelName: string;
            /** @description 按现有信息、同一模型版本计算的今天的得分 */
            current: components["schemas"]["CheckupScoreLine"];
            /**
             * @description 恒为 true：这是试算，不是评价结果，不保存
             * @enum {boolean}
             */
            simulation: true;
            simulated: components["schemas"]["CheckupScoreLine"];
            scoreChange: number;
            changes: (components["schemas"]["CheckupChange"] & {
                title: string;
            })[];
            /** @description 得分发生变化的指标 */
            indicators: {
                id: string;
                label: string;
                dimension: string;
                dimensionLabel: string;
                pointsBefore: number;
                pointsAfter: number;
                /** @description 该指标带来的总分变化 */
                scoreChange: number;
            }[];
            /** @description 现有的正式评价结果（试算不会改变它） */
            stored: {
                score: number;
                grade: string;
                asOf: string;
            } | null;
        };
        PolicyPayout: {
            id: number;
            policyCode: string;
            policyName: string;
            /** @description 兑现部门 */
            departmentName: string;
            mode: string;
            /** @description 免申即享或即申即享 */
            modeLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 符合条件之日 */
            eligibleSince: string;
            /**
             * @description 兑现状态：matched 已匹配、notified 已告知企业、confirmed 企业已确认、approved 已审核同意、paid 已兑现、refused 不予兑现
             * @enum {string}
             */
            state: "matched" | "notified" | "confirmed" | "approved" | "paid" | "refused";
            stateLabel: string;
            version: number;
            notifiedOn: string | null;
            /** @description 企业确认申请的时间（即申即享） */
            confirmedAt: string | null;
            /** @description 确认申请的企业账号 */
            confirmedBy: string | null;
            /** @description 确认申请的企业用户姓名 */
            confirmedByName: string | null;
            approvedAt: string | null;
            /** @description 审核同意的账号（仅工作人员可见） */
            approvedBy: string | null;
            /** @description 审核人姓名（仅工作人员可见） */
            approvedByName: string | null;
            /** @description 兑现金额（元） */
            amount: number | null;
            /** @description 兑现日期 */
            paidOn: string | null;
            /** @description 登记兑现的时间 */
            paidAt: string | null;
            /** @description 登记兑现的账号（仅工作人员可见） */
            paidBy: string | null;
            /** @description 兑现经办人姓名（仅工作人员可见） */
            paidByName: string | null;
            /** @description 不予兑现的理由 */
            reason: string | null;
            /** @description 决定不予兑现的时间 */
            refusedAt: string | null;
            /** @description 决定不予兑现的账号（仅工作人员可见） */
            refusedBy: string | null;
            /** @description 决定不予兑现的人员姓名（仅工作人员可见） */
            refusedByName: string | null;
            /** @description 当前账号可以办理的操作 */
            actions: {
                /** @enum {string} */
                action: "confirm" | "approve" | "pay" | "refuse";
                label: string;
            }[];
        };
        ProfileTag: {
            code: string;
            name: string;
            /**
             * @description positive 正面；negative 风险提示
             * @enum {string}
             */
            tone: "positive" | "negative";
            /** @description 标签含义 */
            explanation: string;
            /** @description 规则依据 */
            reference: string;
            /** @description 为真时口径为本地示例，待主管部门确认 */
            isLocalExample: boolean;
            /** @description 最近一次刷新时带此标签的企业数 */
            enterpriseCount: number;
        };
        EnterpriseTag: {
            code: string;
            name: string;
            /**
             * @description positive 正面；negative 风险提示
             * @enum {string}
             */
            tone: "positive" | "negative";
            explanation: string;
            reference: string;
            /** @description 规则依据（可读文字） */
            referenceText: string;
            /** @description 标签所依据的事实：记录、数字及日期 */
            facts: string[];
        };
        IncubatorSummary: {
            code: string;
            name: string;
            /** @description 运营机构 */
            operator: string;
            /**
             * @description 级别：national 国家级、provincial 省级、municipal 市级
             * @enum {string}
             */
            level: "national" | "provincial" | "municipal";
            levelLabel: string;
            /** @description 孵化场地面积（平方米） */
            areaM2: number;
            /** @description 可容纳在孵企业数 */
            capacity: number;
            /** @description 在孵企业数 */
            hosted: number;
            /** @description 入驻率（在孵 ÷ 可容纳） */
            occupancy: number;
            /** @description 在孵企业的当前信用等级分布 */
            grades: {
                grade: string;
                label: string;
                count: number;
            }[];
            /** @description 尚无评价的在孵企业数 */
            unrated: number;
            meanScore: number | null;
            /** @description 近十二个月毕业企业数 */
            graduatedLastYear: number;
            latestEvaluation: {
                year: number;
                score: number;
                overallRank: number;
                groupRank: number;
                groupLabel: string;
            } | null;
        };
        IncubatorDetail: {
            code: string;
            name: string;
            /** @description 运营机构 */
            operator: string;
            /**
             * @description 级别：national 国家级、provincial 省级、municipal 市级
             * @enum {string}
             */
            level: "national" | "provincial" | "municipal";
            levelLabel: string;
            /** @description 孵化场地面积（平方米） */
            areaM2: number;
            /** @description 可容纳在孵企业数 */
            capacity: number;
            asOf: string;
            /** @description 在孵企业 */
            hosted: {
                tenancyId: number;
                uscc: string;
                name: string;
                /** @description 入驻日期 */
                enteredOn: string;
                /** @description 迁出日期 */
                exitedOn: string | null;
                /** @enum {string|null} */
                exitReason: "graduated" | "moved_out" | null;
                exitReasonLabel: string | null;
                grade: string | null;
                gradeLabel: string | null;
                score: number | null;
            }[];
            /** @description 已迁出（毕业或迁出）的企业 */
            past: {
                tenancyId: number;
                uscc: string;
                name: string;
                /** @description 入驻日期 */
                enteredOn: string;
                /** @description 迁出日期 */
                exitedOn: string | null;
                /** @enum {string|null} */
                exitReason: "graduated" | "moved_out" | null;
                exitReasonLabel: string | null;
                grade: string | null;
                gradeLabel: string | null;
                score: number | null;
            }[];
            occupancy: number;
            grades: {
                grade: string;
                label: string;
                count: number;
            }[];
            unrated: number;
            meanScore: number | null;
            /** @description 各季度末（最后一项为今天）的在孵企业数、平均分与等级分布 */
            trend: {
                date: string;
                hosted: number;
                meanScore: number | null;
                grades: {
                    grade: string;
                    label: string;
                    count: number;
                }[];
            }[];
            /** @description 在孵企业近期的失信、经营异常记录 */
            risks: {
                uscc: string;
                name: string;
                kind: string;
                kindLabel: string;
                occurredOn: string | null;
                recordId: number;
            }[];
            riskMonths: number;
            evaluations: {
                year: number;
                runNumber: number;
                score: number;
                overallRank: number;
                groupRank: number;
                isAwarded: boolean;
            }[];
        };
        IncubatorTenancy: {
            id: number;
            incubatorCode: string;
            enteredOn: string;
            exitedOn: string | null;
            /** @enum {string|null} */
            exitReason: "graduated" | "moved_out" | null;
        };
        IncubatorRanking: {
            year: number;
            runNumber: number | null;
            /** @description 统计截止日 */
            asOf: string;
            modelVersion: string;
            modelDigest: string;
            modelTitle: string;
            reference: string;
            /** @description 依据（可读文字） */
            referenceText: string;
            groups: {
                code: string;
                label: string;
                awarded: number;
            }[];
            groupsReference: string;
            /** @description 分组依据（可读文字） */
            groupsReferenceText: string;
            evaluatedAt: string | null;
            /** @description 计算人账号 */
            evaluatedBy: string | null;
            /** @description 计算人姓名 */
            evaluatedByName: string | null;
            results: {
                code: string;
                name: string;
                /** @description 运营机构 */
                operator: string;
                /**
                 * @description 级别：national 国家级、provincial 省级、municipal 市级
                 * @enum {string}
                 */
                level: "national" | "provincial" | "municipal";
                levelLabel: string;
                /** @description 孵化场地面积（平方米） */
                areaM2: number;
                /** @description 可容纳在孵企业数 */
                capacity: number;
                groupCode: string;
                groupLabel: string;
                score: number;
                overallRank: number;
                groupRank: number;
                /** @description 是否在本组奖励名次内 */
                isAwarded: boolean;
                indicators: {
                    code: string;
                    label: string;
                    measure: string;
                    value: number | null;
                    valueText: string;
                    numerator: number | null;
                    denominator: number | null;
                    /** @description 指标得分（0–100） */
                    points: number;
                    weight: number;
                    /** @description 加权得分（权重 × 得分） */
                    contribution: number;
                    scale: {
                        zero: number;
                        full: number;
                    };
                    /** @description 数据来源 */
                    source: string;
                    /** @description 数据来源（可读文字） */
                    sourceText: string;
                    /** @description 依据 */
                    reference: string;
                    /** @description 依据（可读文字） */
                    referenceText: string;
                    /** @description 计入的企业（统一社会信用代码） */
                    enterprises: string[];
                }[];
            }[];
        };
        FinancingProduct: {
            code: string;
            /** @description 金融机构账号 */
            bank: string;
            bankName: string;
            name: string;
            kind: string;
            kindLabel: string;
            /** @description 额度范围（万元） */
            amountWan: {
                min: number;
                max: number;
            };
            /** @description 期限范围（月） */
            termMonths: {
                min: number;
                max: number;
            };
            eligibility: {
                /** @description 信用等级不低于 */
                minGrade: string | null;
                /** @description 属于其一的梯次培育库层级（空：不限） */
                tiers: {
                    code: string;
                    label: string;
                }[];
                /** @description 有效发明专利不少于（0：不限） */
                minInventionPatents: number;
                /** @description 须提供其一的担保方式（空：不限） */
                collateral: {
                    code: string;
                    label: string;
                }[];
            };
            reference: string;
        };
        FinancingMatch: {
            id: number;
            productCode: string;
            productName: string;
            kindLabel: string;
            bank: string;
            bankName: string;
            /** @description 是否符合产品准入条件 */
            isEligible: boolean;
            /** @description 逐条准入条件的比对结果 */
            checks: {
                /** @enum {string} */
                rule: "amount" | "term" | "grade" | "tier" | "patents" | "collateral";
                label: string;
                isMet: boolean;
                /** @description 比对说明 */
                detail: string;
            }[];
            /**
             * @description pending 待回应；interested 有意向；declined 不予受理
             * @enum {string}
             */
            answer: "pending" | "interested" | "declined";
            answerLabel: string;
            answerReason: string | null;
            /**
             * @description granted 已放款；refused 未放款
             * @enum {string|null}
             */
            outcome: "granted" | "refused" | null;
            outcomeLabel: string | null;
            outcomeReason: string | null;
            grantedAmountWan: number | null;
            grantedOn: string | null;
            /** @description 对应的贷款报送编号 */
            loanId: number | null;
            version: number;
        };
        FinancingNeed: {
            id: number;
            uscc: string;
            enterpriseName: string;
            /** @description 融资金额（万元） */
            amountWan: number;
            /** @description 融资期限（月） */
            termMonths: number;
            purpose: string;
            /** @description 可提供的担保方式 */
            collaterals: {
                code: string;
                label: string;
            }[];
            /** @description 发布时的信用等级 */
            grade: string | null;
            /** @description 发布时的有效发明专利件数 */
            inventionPatents: number;
            /** @description 梯次培育库层级 */
            tiers: {
                code: string;
                label: string;
            }[];
            publishedAt: string;
            /** @description 同意向匹配的金融机构共享信用信息 */
            hasConsent: boolean;
            /**
             * @description open 对接中；withdrawn 已撤回
             * @enum {string}
             */
            state: "open" | "withdrawn";
            stateLabel: string;
            version: number;
            /** @description 与每个产品的比对 */
            matches: components["schemas"]["FinancingMatch"][];
        };
        FinancingBankMatch: {
            id: number;
            productCode: string;
            productName: string;
            kindLabel: string;
            bank: string;
            bankName: string;
            /** @description 是否符合产品准入条件 */
            isEligible: boolean;
            /** @description 逐条准入条件的比对结果 */
            checks: {
                /** @enum {string} */
                rule: "amount" | "term" | "grade" | "tier" | "patents" | "collateral";
                label: string;
                isMet: boolean;
                /** @description 比对说明 */
                detail: string;
            }[];
            /**
             * @description pending 待回应；interested 有意向；declined 不予受理
             * @enum {string}
             */
            answer: "pending" | "interested" | "declined";
            answerLabel: string;
            answerReason: string | null;
            /**
             * @description granted 已放款；refused 未放款
             * @enum {string|null}
             */
            outcome: "granted" | "refused" | null;
            outcomeLabel: string | null;
            outcomeReason: string | null;
            grantedAmountWan: number | null;
            grantedOn: string | null;
            /** @description 对应的贷款报送编号 */
            loanId: number | null;
            version: number;
            needId: number;
            uscc: string;
            enterpriseName: string;
            /** @description 融资金额（万元） */
            amountWan: number;
            /** @description 融资期限（月） */
            termMonths: number;
            purpose: string;
            /** @description 可提供的担保方式 */
            collaterals: {
                code: string;
                label: string;
            }[];
            /** @description 发布时的信用等级 */
            grade: string | null;
            /** @description 发布时的有效发明专利件数 */
            inventionPatents: number;
            /** @description 梯次培育库层级 */
            tiers: {
                code: string;
                label: string;
            }[];
            publishedAt: string;
        };
        FinancingFunnel: {
            needs: {
                /** @description 发布的需求 */
                published: number;
                /** @description 其中同意共享信用信息的 */
                consented: number;
                /** @description 其中匹配到产品的 */
                matched: number;
                /** @description 其中已有机构回应的 */
                answered: number;
                /** @description 其中已获放款的 */
                granted: number;
            };
            byProduct: {
                bank: string;
                bankName: string;
                productCode: string;
                productName: string;
                /** @description 推送给机构的需求（符合条件且企业同意共享） */
                matched: number;
                answered: number;
                interested: number;
                declined: number;
                granted: number;
                refused: number;
                /** @description 放款金额（万元） */
                grantedAmountWan: number;
            }[];
            byBank: {
                bank: string;
                bankName: string;
                /** @description 推送给机构的需求（符合条件且企业同意共享） */
                matched: number;
                answered: number;
                interested: number;
                declined: number;
                granted: number;
                refused: number;
                /** @description 放款金额（万元） */
                grantedAmountWan: number;
            }[];
        };
        FinancingEvent: {
            id: number;
            title: string;
            heldOn: string;
            venue: string | null;
            createdBy: string;
            enterprises: {
                uscc: string;
                name: string;
            }[];
            banks: {
                bank: string;
                bankName: string;
            }[];
            /** @description 参加企业的需求与参加机构产品的对接结果 */
            results: components["schemas"]["FinancingFunnel"];
        };
        CreditIndexPoint: {
            month: string;
            /**
             * @description 状态：closed 已结算（冻结，不再改变）；provisional 暂定（本月或尚未结算的月份，随评价更新而变化）
             * @enum {string}
             */
            status: "closed" | "provisional";
            /** @description 为真时该组企业少于最小分组数，不公布任何数值 */
            withheld: boolean;
            /** @description 指数（基期 = 100）；不公布或该组无基期值时为空 */
            value: number | null;
            /** @description 综合测度（0–100） */
            rawMeasure: number | null;
            /** @description 信用水平：平均分 */
            meanScore: number | null;
            /** @description 守信面：良好及以上等级占比 */
            goodShare: number | null;
            /** @description 失信面：较差等级占比 */
            poorShare: number | null;
            /** @description 统计企业数 */
            enterprises: number | null;
            /** @description 计算该值所用方法的摘要 */
            methodDigest: string;
        };
        CreditIndexSeries: {
            /** @enum {string} */
            dimension: "district" | "region" | "industry_section" | "industry_division" | "tier";
            dimensionLabel: string;
            from: string;
            to: string;
            /** @description 基期（= 100） */
            baseMonth: string;
            /** @description 少于此数的分组不公布 */
            minGroupSize: number;
            /** @description 现行方法摘要 */
            methodDigest: string;
            method: {
                title: string;
                /** @description 编制方法全文与参数 */
                href: string;
                summary: string;
            };
            months: {
                month: string;
                /**
                 * @description 状态：closed 已结算（冻结，不再改变）；provisional 暂定（本月或尚未结算的月份，随评价更新而变化）
                 * @enum {string}
                 */
                status: "closed" | "provisional";
                /**
                 * @description evaluations 来自平台存储的评价结果；backfill 演示区县的回溯重建
                 * @enum {string}
                 */
                source: "evaluations" | "backfill";
                methodDigest: string;
                /** @description 该月所计评价结果的评价模型版本 */
                modelVersions: string[];
                closedAt: string | null;
            }[];
            series: {
                group: string;
                label: string;
                points: components["schemas"]["CreditIndexPoint"][];
            }[];
        };
        CreditIndexMethod: {
            title: string;
            formula: string;
            /** @description 决定数值的参数的 SHA-256 摘要 */
            digest: string;
            baseMonth: string;
            minGroupSize: number;
            components: {
                code: string;
                label: string;
                weight: number;
                grades: string[];
                description: string;
            }[];
            dimensions: {
                code: string;
                label: string;
            }[];
            references: {
                topic: string;
                reference: string;
                /** @description 依据（文件名称与条款） */
                referenceText: string;
            }[];
            /** @description 编制说明全文（Markdown） */
            text: string;
            /** @description 编制说明全文（Markdown），其中的文件引用写作文件名称与条款 */
            readableText: string;
        };
        GradeDistribution: {
            /** @description 现行评价模型版本（尚未发布为空） */
            modelVersion: string | null;
            /** @description 现行评价模型的名称与版本（尚未发布为空） */
            modelName: string | null;
            /** @description 企业库中的企业数 */
            enterprises: number;
            /** @description 尚无信用等级的企业数 */
            unrated: number;
            /** @description 按现行模型的等级表排列（最好的在前） */
            grades: {
                grade: string;
                label: string;
                /** @description 对应的市场监管信用风险分类 */
                samrClass: string | null;
                count: number;
            }[];
        };
        ImportPreview: {
            /** @description 上传编号，提交入库时使用（24 小时内有效） */
            uploadId: string;
            fileName: string;
            /** @description xlsx、csv、json 或 ndjson */
            format: string;
            fileHash: string;
            sizeBytes: number;
            department: {
                code: string;
                name: string;
            };
            /** @description 记录类别（按表头识别，或上传时指定） */
            kind: {
                code: string;
                label: string;
            };
            headerRow: number;
            /** @description 表头与字段的对应；field 为空表示该列不是此类记录的字段 */
            columns: {
                column: string;
                field: {
                    key: string;
                    label: string;
                    required: boolean;
                    personal: boolean;
                } | null;
            }[];
            /** @description 缺少的必填列 */
            missingColumns: string[];
            totalRows: number;
            validRows: number;
            rejectedRows: number;
            errorCount: number;
            /** @description 前 200 处错误（全部计入 errorCount） */
            errors: {
                /** @description 行号（与 Excel 一致，表头为第 1 行） */
                row: number;
                /** @description 列（表头） */
                column: string;
                /** @description 原因 */
                reason: string;
            }[];
            /** @description 可入库但需留意的警告数（如文件的公示截止期与本平台计算的不一致） */
            warningCount: number;
            /** @description 前 200 处警告（全部计入 warningCount） */
            warnings: {
                /** @description 行号（与 Excel 一致，表头为第 1 行） */
                row: number;
                /** @description 列（表头） */
                column: string;
                /** @description 原因 */
                reason: string;
            }[];
            /** @description 文件中处罚机关（或许可机关）为其他部门的行数：可能选错了文件 */
            otherDepartments: {
                name: string;
                rows: number;
            }[];
            /** @description 前 10 行数据（个人信息不显示）及其错误与警告 */
            sample: {
                row: number;
                cells: (string | null)[];
                errors: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                warnings: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
            }[];
        };
        ImportJob: {
            id: string;
            uploadId: string;
            departmentCode: string;
            fileName: string;
            /** @enum {string} */
            mode: "all-or-nothing" | "accept-valid";
            /** @description 发起人账号 */
            startedBy: string;
            /** @description 发起人姓名 */
            startedByName: string;
            startedAt: string;
            /**
             * @description running 进行中、done 已结束（入库或整批拒收，见 result）、failed 出错
             * @enum {string}
             */
            status: "running" | "done" | "failed";
            /** @description 已读取的数据行 */
            processed: number;
            /** @description 数据行总数（预览时统计） */
            total: number | null;
            message: string;
            result: {
                batchId: number;
                /** @enum {string} */
                status: "committed" | "rejected";
                totalRows: number;
                created: number;
                updated: number;
                unchanged: number;
                rejected: number;
                errorCount: number;
                errors: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                warningCount: number;
                warnings: {
                    /** @description 行号（与 Excel 一致，表头为第 1 行） */
                    row: number;
                    /** @description 列（表头） */
                    column: string;
                    /** @description 原因 */
                    reason: string;
                }[];
                reason?: string;
                /** @description 是否有拒收文件（含“错误原因”列）可下载 */
                hasRejectionFile: boolean;
            } | null;
        };
        ImportBatch: {
            id: number;
            departmentCode: string;
            departmentName: string;
            kind: string;
            kindLabel: string;
            fileName: string;
            format: string;
            mode: string;
            /** @description committed 已入库、rejected 整批拒收、open 进行中、interrupted 中断（导入进程在入库前终止，未入库） */
            status: string;
            /** @description 状态的中文名称 */
            statusLabel: string;
            /** @description 操作人账号 */
            operator: string;
            /** @description 操作人姓名 */
            operatorName: string;
            totalRows: number;
            createdRows: number;
            updatedRows: number;
            unchangedRows: number;
            rejectedRows: number;
            errorSummary: string | null;
            /** @description 警告数（如公示截止期与本平台计算的不一致） */
            warningCount: number;
            /** @description 前 20 处警告，每行一处 */
            warningSummary: string | null;
            startedAt: string;
            finishedAt: string | null;
            hasRejectionFile: boolean;
        };
        EnterpriseRequest: {
            id: number;
            /** @description 查询码 */
            trackingCode: string;
            /** @enum {string} */
            requestType: "request" | "complaint";
            requestTypeLabel: string;
            category: string;
            categoryLabel: string;
            title: string;
            body: string;
            /** @description 附件 SHA-256 */
            attachments: string[];
            requester: {
                /** @enum {string} */
                kind: "enterprise" | "visitor";
                uscc: string | null;
                name: string | null;
                /** @description 访客手机号码（脱敏） */
                phoneMasked: string | null;
            };
            /** @description 当前承办部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 分办依据 */
            routingExplanation: string;
            /** @enum {string} */
            state: "submitted" | "accepted" | "in_progress" | "answered" | "rectifying" | "rated" | "closed";
            stateLabel: string;
            version: number;
            filedOn: string;
            /** @description 当前答复（或整改答复）时限 */
            dueOn: string;
            deadline: {
                workingDaysLeft: number | null;
                isOverdue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
            firstAnsweredOn: string | null;
            answer: {
                text: string;
                answeredOn: string | null;
                /** @description 答复人账号（仅工作人员可见） */
                answeredBy: string | null;
                /** @description 答复人姓名（仅工作人员可见） */
                answeredByName: string | null;
            } | null;
            rating: {
                code: string;
                label: string;
                comment: string | null;
                ratedOn: string | null;
            } | null;
            /** @description 差评后重新办理（整改）的次数 */
            reopenCount: number;
            /** @description 最近一次超期督办的日期 */
            escalatedOn: string | null;
            escalationCount: number;
            /** @description 整改后仍不满意，已列入督查 */
            isFlaggedForSupervision: boolean;
            outcome: string | null;
            outcomeLabel: string | null;
            closedOn: string | null;
            /** @description 重复诉求所关联的原诉求编号 */
            duplicateOf: number | null;
            recordId: number | null;
            evaluationId: number | null;
            /** @description 信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections） */
            objectionHint: {
                message: string;
                /** @enum {string} */
                path: "/api/objections";
                recordId: number | null;
                evaluationId: number | null;
            } | null;
            createdAt: string;
            updatedAt: string;
        };
        EnterpriseRequestDetail: {
            id: number;
            /** @description 查询码 */
            trackingCode: string;
            /** @enum {string} */
            requestType: "request" | "complaint";
            requestTypeLabel: string;
            category: string;
            categoryLabel: string;
            title: string;
            body: string;
            /** @description 附件 SHA-256 */
            attachments: string[];
            requester: {
                /** @enum {string} */
                kind: "enterprise" | "visitor";
                uscc: string | null;
                name: string | null;
                /** @description 访客手机号码（脱敏） */
                phoneMasked: string | null;
            };
            /** @description 当前承办部门代码 */
            departmentCode: string;
            departmentName: string;
            /** @description 分办依据 */
            routingExplanation: string;
            /** @enum {string} */
            state: "submitted" | "accepted" | "in_progress" | "answered" | "rectifying" | "rated" | "closed";
            stateLabel: string;
            version: number;
            filedOn: string;
            /** @description 当前答复（或整改答复）时限 */
            dueOn: string;
            deadline: {
                workingDaysLeft: number | null;
                isOverdue: boolean;
                /** @description 节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新 */
                isCovered: boolean;
            };
            firstAnsweredOn: string | null;
            answer: {
                text: string;
                answeredOn: string | null;
                /** @description 答复人账号（仅工作人员可见） */
                answeredBy: string | null;
                /** @description 答复人姓名（仅工作人员可见） */
                answeredByName: string | null;
            } | null;
            rating: {
                code: string;
                label: string;
                comment: string | null;
                ratedOn: string | null;
            } | null;
            /** @description 差评后重新办理（整改）的次数 */
            reopenCount: number;
            /** @description 最近一次超期督办的日期 */
            escalatedOn: string | null;
            escalationCount: number;
            /** @description 整改后仍不满意，已列入督查 */
            isFlaggedForSupervision: boolean;
            outcome: string | null;
            outcomeLabel: string | null;
            closedOn: string | null;
            /** @description 重复诉求所关联的原诉求编号 */
            duplicateOf: number | null;
            recordId: number | null;
            evaluationId: number | null;
            /** @description 信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections） */
            objectionHint: {
                message: string;
                /** @enum {string} */
                path: "/api/objections";
                recordId: number | null;
                evaluationId: number | null;
            } | null;
            createdAt: string;
            updatedAt: string;
            history: {
                action: string;
                actionLabel: string;
                fromState: string | null;
                toState: string;
                toStateLabel: string;
                departmentCode: string | null;
                /** @description 经办账号（仅工作人员可见） */
                actor: string | null;
                /** @description 经办人姓名（仅工作人员可见） */
                actorName: string | null;
                note: string | null;
                occurredOn: string;
                createdAt: string;
            }[];
            /** @description 关联到本诉求的重复诉求编号 */
            duplicates: number[];
        };
        RequestMetrics: {
            /** @description 诉求量 */
            volume: number;
            answered: number;
            /** @description 平均响应时间（工作日） */
            meanResponseWorkingDays: number | null;
            /** @description 响应时间中位数（工作日） */
            medianResponseWorkingDays: number | null;
            overdue: number;
            overdueRate: number | null;
            rated: number;
            /** @description 各评价等级的件数 */
            ratings: {
                [key: string]: number;
            };
            satisfied: number;
            /** @description 满意率（非常满意、满意、基本满意占已评价件数的比例） */
            satisfactionRate: number | null;
        };
        RequestAnalysis: {
            from: string;
            to: string;
            asOf: string;
            departmentCode: string | null;
            months: {
                month: string;
                total: components["schemas"]["RequestMetrics"];
                byDepartment: {
                    departmentCode: string;
                    departmentName: string;
                    metrics: components["schemas"]["RequestMetrics"];
                }[];
                byCategory: {
                    category: string;
                    categoryLabel: string;
                    metrics: components["schemas"]["RequestMetrics"];
                }[];
                cells: {
                    departmentCode: string;
                    departmentName: string;
                    category: string;
                    categoryLabel: string;
                    metrics: components["schemas"]["RequestMetrics"];
                }[];
            }[];
            /** @description 统计口径 */
            method: string;
        };
        StaffReminder: {
            id: number;
            topic: string;
            title: string;
            body: string;
            subjectType: string | null;
            subjectId: string | null;
            role: string;
            departmentCode: string | null;
            createdAt: string;
        };
        ReformTaskReport: {
            id: number;
            taskCode: string;
            unitCode: string;
            /**
             * @description not_started 未开始、in_progress 推进中、done 已完成
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "done";
            percent: number | null;
            text: string;
            attachments: string[];
            reportedOn: string;
            /** @description 填报人账号 */
            reportedBy: string;
            /** @description 填报人姓名 */
            reportedByName?: string;
        };
        ReformTask: {
            code: string;
            listCode: string;
            /** @description 序号 */
            sequence: number;
            /** @description 实施阶段 */
            phase: string;
            /** @description 主要任务 */
            mainTask: string;
            /** @description 对应的方案条款 */
            clause: string;
            /** @description 对应的方案条款（文件名称与条款，供阅读） */
            clauseText: string;
            /** @description 细化任务（原文） */
            text: string;
            /** @description 牵头单位（原文） */
            leadText: string;
            /** @description 责任单位（原文） */
            responsibleText: string;
            lead: {
                code: string;
                name: string;
                shortName: string;
            }[];
            responsible: {
                code: string;
                name: string;
                shortName: string;
            }[];
            /** @description 原文中的集合称谓（如“等有关部门”），不对应具体部门 */
            responsibleOthers: string[];
            /** @description 完成时间（原文） */
            deadlineText: string;
            /** @description 完成时间；持续推进的为空 */
            deadline: string | null;
            /**
             * @description done 已完成、on_track 正常推进、at_risk 临期、late 逾期
             * @enum {string}
             */
            status: "done" | "on_track" | "at_risk" | "late";
            statusLabel: string;
            completedOn: string | null;
            isCompletedLate: boolean;
            workingDaysLeft: number | null;
            /** @description 剩余工作日是否在节假日日历覆盖范围内；否：按现行节假日安排推算，待次年安排公布后更新 */
            isCovered: boolean;
            /** @description 各牵头单位截至统计日的最新报送 */
            leadReports: components["schemas"]["ReformTaskReport"][];
            latestReport: components["schemas"]["ReformTaskReport"] | null;
            reportCount: number;
        };
        ReformTaskCounts: {
            total: number;
            done: number;
            on_track: number;
            at_risk: number;
            late: number;
        };
        PublicOverview: {
            /** @description 现行评价模型（尚未发布为空） */
            model: {
                version: string;
                /** @description 便于阅读的版本，如“v1 版” */
                versionLabel: string;
                title: string;
                publishedOn: string | null;
            } | null;
            /** @description 企业库中的企业数 */
            enterprises: number;
            /** @description 已有信用评价结果的企业数 */
            rated: number;
            /** @description 各等级企业数，按等级表由高到低 */
            grades: {
                grade: string;
                label: string;
                samrClass: string | null;
                count: number;
            }[];
            /** @description 是否公布每家企业的信用等级 */
            isGradeListPublished: boolean;
            /** @description 统计时间（数字每分钟更新一次） */
            computedAt: string;
        };
        PublicGrade: {
            uscc: string;
            name: string;
            grade: string;
            gradeLabel: string;
            /** @description 评价基准日 */
            evaluatedOn: string;
        };
        PublicRecord: {
            id: number;
            /** @description administrative_license 行政许可；administrative_penalty 行政处罚 */
            kind: string;
            kindLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 决定文书号 */
            decisionNumber: string | null;
            /** @description 许可类别或处罚类别 */
            category: string | null;
            /** @description 许可内容或违法行为类型 */
            summary: string | null;
            /** @description 决定日期 */
            decidedOn: string | null;
            /** @description 许可机关或处罚机关 */
            authority: string | null;
            /** @description 公示截止日；为空表示长期有效的许可 */
            publicUntil: string | null;
            /** @description 公开的全部字段（国家双公示表头） */
            details: {
                label: string;
                value: string;
            }[];
        };
        PublicInspection: {
            id: number;
            uscc: string;
            enterpriseName: string;
            inspectionNumber: string | null;
            planTitle: string | null;
            /** @description 检查结果 */
            outcome: string | null;
            inspectedOn: string | null;
            /** @description 检查机关 */
            authority: string | null;
        };
        PublicHonestCase: {
            id: number;
            uscc: string;
            enterpriseName: string;
            title: string;
            story: string;
            /** @description 亮点（荣誉表彰等） */
            highlights: string[];
            /** @description 发布时的信用等级 */
            grade: string;
            /** @description 该等级的评价基准日 */
            gradeAsOf: string;
            publishedOn: string;
        };
        ModelChangeLog: {
            /** @description 比较的原版本 */
            from: string;
            /** @description 比较的新版本 */
            to: string;
            changes: {
                /** @enum {string} */
                subject: "model" | "dimension" | "indicator" | "parameter" | "grade" | "veto";
                /** @enum {string} */
                change: "added" | "removed" | "changed";
                id: string;
                /** @description 变化（中文一句话，含新旧取值） */
                text: string;
                /** @description 依据 */
                reference: string;
            }[];
        };
        ModelDocumentation: {
            version: string;
            /** @description 便于阅读的版本，如“v1 版” */
            versionLabel: string;
            title: string;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string;
            /** @description 可评价的最早基准日 */
            evaluableFrom: string;
            publishedOn: string | null;
            reference: string;
            /** @description 模型定义的 SHA-256 摘要；每次评价都记录它 */
            digest: string;
            score: {
                min: number;
                max: number;
                decimals: number;
            };
            dimensions: {
                id: string;
                label: string;
                /** @description 权重（0–1） */
                weight: number;
                /** @description 基础分 */
                base: number;
                min: number;
                max: number;
                reference: string;
                indicators: {
                    id: string;
                    label: string;
                    description: string;
                    reference: string;
                    /** @description 读取的信用记录类别 */
                    recordKinds: string[];
                    /** @description 时间窗口 */
                    window: string;
                    /** @description 用到的参数 */
                    parameters: string[];
                }[];
            }[];
            grades: {
                grade: string;
                label: string;
                /** @description 分数线；兜底行为空 */
                minScore: number | null;
                samrClass: string;
                samrLabel: string;
                description: string;
            }[];
            vetoes: {
                id: string;
                label: string;
                condition: string;
                /** @description 封顶等级 */
                capGrade: string;
                reference: string;
            }[];
            parameters: {
                id: string;
                /** @enum {string} */
                type: "number" | "lookup" | "bands" | "decay";
                description: string;
                unit: string;
                reference: string;
                values: {
                    /** @description 生效日期 */
                    from: string;
                    /** @description 取值（文字） */
                    text: string;
                }[];
            }[];
            /** @description 模型说明全文（Markdown） */
            readme: string;
            /** @description 与被本版本取代的版本相比的变更记录（由两个版本的模型文件生成）；首个版本为空 */
            changeLog: components["schemas"]["ModelChangeLog"] | null;
        };
        HonestCase: {
            id: number;
            uscc: string;
            enterpriseName: string;
            title: string;
            story: string;
            /** @description 亮点（荣誉表彰等） */
            highlights: string[];
            /** @description 发布时的信用等级 */
            grade: string;
            /** @description 该等级的评价基准日 */
            gradeAsOf: string;
            publishedOn: string;
            /**
             * @description published 发布中；withdrawn 已撤回
             * @enum {string}
             */
            state: "published" | "withdrawn";
            version: number;
            /** @description 发布人账号 */
            publishedBy: string;
            /** @description 发布人姓名 */
            publishedByName: string;
            publishedAt: string;
            /** @description 撤回人账号 */
            withdrawnBy: string | null;
            /** @description 撤回人姓名 */
            withdrawnByName: string | null;
            withdrawnAt: string | null;
            withdrawalReason: string | null;
            /** @description 企业现行信用等级 */
            currentGrade: string | null;
            /** @description 公众门户现在是否展示 */
            isShownPublicly: boolean;
            /** @description 发布中但不展示的原因 */
            hiddenReason: string | null;
        };
        HolidayYear: {
            year: number;
            /** @description 国务院办公厅通知名称与文号 */
            reference: string;
            /** @description 依据：文件名称与条款 */
            referenceText: string;
            /** @description 是否已对照通知原文核实 */
            isConfirmed: boolean;
            /**
             * @description catalog 随平台发布的节假日安排写入；loaded 由管理人员载入
             * @enum {string}
             */
            source: "catalog" | "loaded";
            /** @description 载入人账号 */
            loadedBy: string;
            /** @description 载入人姓名 */
            loadedByName: string;
            loadedAt: string;
            holidays: {
                name: string;
                from: string;
                to: string;
                days: number;
            }[];
            /** @description 调休上班日（周末） */
            workdays: string[];
        };
        PortalOverview: {
            uscc: string;
            name: string;
            /** @description 统计日（北京时间） */
            today: string;
            /** @description 当前评价及对其提出异议的期限；尚未评价为空 */
            evaluation: {
                id: number;
                grade: string;
                score: number;
                asOf: string;
                /** @description 评价结果生成日 */
                evaluatedOn: string;
                objection: {
                    /** @description 可提出异议的最后一天 */
                    lastDay: string;
                    /** @description 现在能否提出异议（在期限内且没有办理中的异议） */
                    canFile: boolean;
                    /** @description 办理中的异议申请编号 */
                    openCaseId: number | null;
                };
            } | null;
            unreadMessages: number;
            /** @description 待审核的自主申报、异议与信用修复申请件数 */
            openCases: {
                declarations: number;
                objections: number;
                repairs: number;
            };
            /** @description 已作出、尚未核查的信用承诺件数 */
            signedCommitments: number;
            limits: {
                /** @description 单个附件大小上限（字节） */
                attachmentMaxBytes: number;
                /** @description 异议申请期限（自然日） */
                objectionFilingWindowDays: number;
                /** @description 异议自受理起的办结时限（工作日） */
                objectionReviewWorkingDays: number;
                /** @description 信用修复申请自受理起的审核时限（工作日） */
                repairReviewWorkingDays: number;
            };
        };
        OwnRecord: {
            id: number;
            kind: string;
            kindLabel: string;
            category: string;
            /** @enum {string} */
            polarity: "positive" | "negative" | "neutral";
            /** @description 来源部门（简称） */
            departmentName: string;
            occurredOn: string | null;
            endsOn: string | null;
            /** @description 文号 / 证书编号 */
            number: string | null;
            /** @description 记录摘要（不含个人信息） */
            summary: string;
            /** @enum {string} */
            status: "active" | "revoked" | "repaired" | "removed";
            /** @description 公示中、可申请修复、公示期满、已修复、已撤销、已移出、已过期或有效 */
            statusLabel: string;
            /** @description 负面信息的最长公示截止日 */
            publicUntil: string | null;
            /** @description 异议中、修复申请中 */
            marks: string[];
            objection: {
                /** @description 可提出异议的最后一天 */
                lastDay: string;
                /** @description 现在能否提出异议（在期限内且没有办理中的异议） */
                canFile: boolean;
                /** @description 办理中的异议申请编号 */
                openCaseId: number | null;
            };
            /** @description 仍在公示的失信信息的信用修复条件；其他记录为空 */
            repair: {
                repairableFrom: string | null;
                canApply: boolean;
                openCaseId: number | null;
                /** @description 能否申请修复及原因 */
                note: string;
            } | null;
        };
        DeclarableKind: {
            code: string;
            label: string;
            /** @enum {string} */
            category: "honor" | "qualification" | "other";
            categoryLabel: string;
            fields: {
                /** @description 中文表头，即申报字段名 */
                header: string;
                type: string;
                required: boolean;
                /** @description 可选值 */
                values: string[] | null;
            }[];
        };
        Job: {
            id: string;
            /** @description model.simulate 模拟模型；model.publish 发布模型并重评；evaluation.run 批量评价；profile.refresh_tags 刷新信用画像标签；audit.verify 校验审计链 */
            kind: string;
            /** @description 任务内容（中文） */
            label: string;
            /**
             * @description running 运行中；done 已完成；failed 失败
             * @enum {string}
             */
            status: "running" | "done" | "failed";
            /** @description 进度 0–1 */
            progress: number;
            /** @description 已处理的数量（企业、事件） */
            processed: number;
            /** @description 总数；未知时为空 */
            total: number | null;
            /** @description 当前进展或失败原因（中文） */
            message: string;
            /** @description 完成后的结果摘要（随任务类型而定） */
            result: unknown;
            error: {
                code: string;
                message: string;
            } | null;
            /** @description 发起账号 */
            startedBy: string;
            /** @description 发起人姓名 */
            startedByName: string;
            startedAt: string;
            finishedAt: string | null;
        };
        ModelVersionSummary: {
            /** @description 模型标识/版本号 */
            key: string;
            modelId: string;
            version: string;
            title: string;
            /**
             * @description draft 草稿；simulated 已模拟（可发布）；published 现行发布；retired 已停用
             * @enum {string}
             */
            status: "draft" | "simulated" | "published" | "retired";
            /**
             * @description platform 随平台发布的模型；data-dir 数据目录中的本地草稿；为空表示文件已不在
             * @enum {string|null}
             */
            source: "platform" | "data-dir" | null;
            dir: string;
            /** @description 模型定义的 SHA-256 摘要（当前文件） */
            digest: string;
            /** @description 已发布或停用的版本，其文件与发布时冻结的摘要不符 */
            filesChanged: boolean;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string | null;
            /** @description 可以评价的最早基准日 */
            evaluableFrom: string | null;
            /** @description 读取模型文件发现的错误数 */
            problemCount: number;
            /** @description 该版本号最近一次模拟（摘要与当前文件不同时，文件在模拟后改过） */
            lastSimulation: {
                at: string;
                by: string;
                /** @description 模拟人姓名 */
                byName: string;
                digest: string;
            } | null;
            publishedAt: string | null;
            /** @description 发布人账号 */
            publishedBy: string | null;
            /** @description 发布人姓名 */
            publishedByName: string | null;
            retiredAt: string | null;
        };
        ModelSimulation: {
            /** @description 所模拟文件的摘要 */
            digest: string;
            simulatedAt: string;
            /** @description 模拟人账号 */
            simulatedBy: string;
            /** @description 模拟人姓名 */
            simulatedByName?: string;
            /** @description 对比的现行版本；为空表示模拟时尚无发布版本 */
            published: {
                modelVersion: string;
                digest: string;
            } | null;
            /** @description 评价基准日 */
            asOf: string;
            enterprises: number;
            grades: string[];
            distribution: {
                published: {
                    [key: string]: number;
                } | null;
                draft: {
                    [key: string]: number;
                };
            };
            /** @description 等级迁移矩阵：transitions[现行等级][草稿等级] = 企业数 */
            transitions: {
                [key: string]: {
                    [key: string]: number;
                };
            } | null;
            /** @description 等级变化的企业数 */
            movedCount: number;
            /** @description 等级变化的企业（至多保存前 100 家） */
            moved: {
                uscc: string;
                /** @description 企业名称（模拟保存的前 100 家有） */
                name?: string;
                fromGrade: string;
                toGrade: string;
                fromScore: number;
                toScore: number;
                /** @description 贡献变化最大的指标（至多 3 个） */
                indicators: {
                    id: string;
                    label: string;
                    fromPoints: number | null;
                    toPoints: number | null;
                    contributionChange: number;
                }[];
                /** @description 等级变化的原因：指标、维度权重或上下限、等级分数线、否决项（早于此功能的模拟没有） */
                reasons?: string[];
            }[];
            /** @description 与现行版本相比的变更记录（早于此功能的模拟没有） */
            changeLog?: components["schemas"]["ModelChangeLog"] | null;
        };
        ModelVersionDetail: {
            /** @description 模型标识/版本号 */
            key: string;
            modelId: string;
            version: string;
            title: string;
            /**
             * @description draft 草稿；simulated 已模拟（可发布）；published 现行发布；retired 已停用
             * @enum {string}
             */
            status: "draft" | "simulated" | "published" | "retired";
            /**
             * @description platform 随平台发布的模型；data-dir 数据目录中的本地草稿；为空表示文件已不在
             * @enum {string|null}
             */
            source: "platform" | "data-dir" | null;
            dir: string;
            /** @description 模型定义的 SHA-256 摘要（当前文件） */
            digest: string;
            /** @description 已发布或停用的版本，其文件与发布时冻结的摘要不符 */
            filesChanged: boolean;
            /** @description 作为正式评价模型使用的日期 */
            effectiveFrom: string | null;
            /** @description 可以评价的最早基准日 */
            evaluableFrom: string | null;
            /** @description 读取模型文件发现的错误数 */
            problemCount: number;
            /** @description 该版本号最近一次模拟（摘要与当前文件不同时，文件在模拟后改过） */
            lastSimulation: {
                at: string;
                by: string;
                /** @description 模拟人姓名 */
                byName: string;
                digest: string;
            } | null;
            publishedAt: string | null;
            /** @description 发布人账号 */
            publishedBy: string | null;
            /** @description 发布人姓名 */
            publishedByName: string | null;
            retiredAt: string | null;
            reference: string;
            /** @description 依据（文件名称与条款，供阅读） */
            referenceText: string;
            score: {
                min: number;
                max: number;
                decimals: number;
            };
            dimensions: {
                id: string;
                label: string;
                weight: number;
                base: number;
                min: number;
                max: number;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                indicators: string[];
            }[];
            indicators: {
                id: string;
                label: string;
                description: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                dimension: string;
                ruleType: string;
                kinds: string[];
                parameters: string[];
                testCount: number;
            }[];
            parameters: {
                id: string;
                file: string;
                /** @description number 数值；lookup 对照表；bands 分段表；decay 时间衰减 */
                type: string;
                description: string;
                unit: string;
                /** @description 依据（文号与条款，或模型说明的章节） */
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
                /** @description 读取该参数的指标 */
                usedBy: string[];
                values: {
                    /** @description 生效日期 */
                    from: string;
                    /** @description 取值（中文） */
                    text: string;
                    value: unknown;
                }[];
            }[];
            grades: {
                grade: string;
                label: string;
                minScore: number | null;
                samrClass: string;
                samrLabel: string;
                description: string;
            }[];
            vetoes: {
                id: string;
                label: string;
                indicator: string;
                capGrade: string;
                reference: string;
                /** @description 依据（文件名称与条款，供阅读） */
                referenceText: string;
            }[];
            /** @description 模型检查（xinping model lint）发现的问题；发布前须为空 */
            problems: string[];
            /** @description 未通过的模型测试用例（xinping model test）；发布前须为空 */
            testFailures: string[];
            /** @description 这些文件的模拟结果（已发布版本：发布前的模拟） */
            simulation: components["schemas"]["ModelSimulation"] | null;
        };
        EvaluationRun: {
            id: number;
            kind: string;
            kindLabel: string;
            modelVersion: string;
            /** @description 评价模型的名称与版本 */
            modelName: string;
            asOf: string;
            /**
             * @description running 运行中；interrupted 已中断（再次发起同一评价即续跑）；finished 已完成
             * @enum {string}
             */
            status: "running" | "interrupted" | "finished";
            /** @description 发起人账号 */
            operator: string;
            /** @description 发起人姓名 */
            operatorName: string;
            totalEnterprises: number;
            evaluated: number;
            stored: number;
            gradeCounts: {
                [key: string]: number;
            };
            startedAt: string;
            finishedAt: string | null;
        };
        AuditEvent: {
            /** @description 序号（链上连续编号） */
            seq: number;
            occurredAt: string;
            /** @description 操作人账号（经 API 令牌时注明令牌编号） */
            actor: string;
            action: string;
            /** @description 动作的中文说明 */
            actionLabel: string;
            /** @description 对象类型，如 enterprise、import_batch、model_version */
            subjectType: string;
            subjectId: string;
            /** @description 事件内容 */
            payload: {
                [key: string]: unknown;
            };
            /** @description 本事件哈希 = SHA-256（前一事件哈希， 事件内容） */
            hash: string;
        };
        UpwardBatch: {
            id: number;
            /** @enum {string} */
            status: "pending" | "sent" | "acknowledged";
            statusLabel: string;
            itemCount: number;
            /** @description 已尝试报送次数 */
            attempts: number;
            /** @description 待报送批次的下次尝试时间（失败后按指数退避） */
            nextAttemptAt: string | null;
            /** @description 最近一次失败的原因 */
            lastError: string | null;
            /** @description 省级平台回执编号 */
            receiptId: string | null;
            acceptedCount: number | null;
            rejectedCount: number | null;
            sentAt: string | null;
            acknowledgedAt: string | null;
            createdAt: string;
        };
        UpwardItem: {
            /** @description 幂等键：每个记录版本或评价结果一个，重试不变 */
            idempotencyKey: string;
            /** @enum {string} */
            event: "new" | "correction" | "revocation" | "repair" | "removal" | "evaluation";
            eventLabel: string;
            dataSetLabel: string;
            uscc: string;
            enterpriseName: string;
            recordId: number | null;
            recordVersion: number | null;
            /** @description 所属日包日期（北京时间） */
            periodDay: string;
            /**
             * @description pending 待报送、sent 已报送待回执、acknowledged 已确认、rejected 被退回
             * @enum {string}
             */
            status: "pending" | "sent" | "acknowledged" | "rejected";
            statusLabel: string;
            /** @description 被退回时省级平台给出的理由 */
            reason: string | null;
        };
        UpwardSummary: {
            /** @description 接收地址（XINPING_UPWARD_URL；未配置时只生成日包，不推送） */
            receiver: string | null;
            counts: {
                pending: number;
                sent: number;
                acknowledged: number;
                rejected: number;
            };
            packages: {
                day: string;
                items: number;
                files: number;
                generatedAt: string;
            }[];
        };
        UnifiedIdentity: {
            userId: number;
            /**
             * @description enterprise 企业（按统一社会信用代码）、staff 工作人员（按统一身份标识）
             * @enum {string}
             */
            kind: "enterprise" | "staff";
            /** @description 统一身份标识（工作人员）或统一社会信用代码（企业） */
            subject: string;
            /** @description 关联人：系统管理员，或 enterprise_consent 企业本人授权 */
            linkedBy: string;
            createdAt: string;
        };
        NotificationChannels: {
            /** @description 这些设置所属的账号（总是本人） */
            username: string;
            /** @description 本平台已接入、可以开通的渠道（站内消息始终送达，不在此列） */
            availableChannels: ("sms" | "email")[];
            isSmsEnabled: boolean;
            isEmailEnabled: boolean;
            /** @description 已登记的手机号码（脱敏） */
            phoneMasked: string | null;
            /** @description 已登记的电子邮箱（脱敏） */
            emailMasked: string | null;
        };
        NotificationDelivery: {
            id: number;
            /** @enum {string} */
            channel: "sms" | "email";
            channelLabel: string;
            /** @description 通知类别 */
            noticeKindLabel: string;
            uscc: string;
            enterpriseName: string;
            /** @description 收件账号 */
            username: string;
            /** @description 收件地址（脱敏） */
            recipient: string;
            subject: string;
            /**
             * @description queued 待发送（含失败后等待重试）、sent 已发送、failed 多次尝试后发送失败
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
            statusLabel: string;
            /** @description 已尝试发送次数 */
            attempts: number;
            /** @description 待发送的下次尝试时间（失败后按指数退避，超频时顺延） */
            nextAttemptAt: string | null;
            /** @description 最近一次失败或顺延的原因 */
            lastError: string | null;
            sentAt: string | null;
            createdAt: string;
        };
        Platform: {
            /** @description 是否为演示库 */
            isDemo: boolean;
        };
        UnifiedLoginStatus: {
            isEnabled: boolean;
            refusals: {
                [key: string]: string;
            };
        };
        UnifiedLoginConsent: {
            uscc: string;
            enterpriseName: string;
            displayName: string | null;
            /** @description true：企业已有账号，授权后关联该账号；false：授权后创建企业账号 */
            hasAccount: boolean;
            /** @description 将使用的统一身份认证信息 */
            items: string[];
            expiresAt: string;
        };
        MeasureUse: {
            code: string;
            label: string;
            /** @enum {string} */
            kind: "incentive" | "restriction";
            /** @description 资源挂接答复中适用该措施的次数 */
            answers: number;
            /** @description 反馈次数 */
            feedbacks: number;
            /** @description 反馈已实施次数 */
            applied: number;
            /** @description 反馈未实施次数 */
            notApplied: number;
            /** @description 反馈涉及的企业数 */
            enterprises: number;
        };
        AuditEventDetail: {
            /** @description 序号（链上连续编号） */
            seq: number;
            occurredAt: string;
            /** @description 操作人账号（经 API 令牌时注明令牌编号） */
            actor: string;
            action: string;
            /** @description 动作的中文说明 */
            actionLabel: string;
            /** @description 对象类型，如 enterprise、import_batch、model_version */
            subjectType: string;
            subjectId: string;
            /** @description 事件内容 */
            payload: {
                [key: string]: unknown;
            };
            /** @description 本事件哈希 = SHA-256（前一事件哈希， 事件内容） */
            hash: string;
            /** @description 前一事件的哈希（第一条事件为 64 个 0） */
            prevHash: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
